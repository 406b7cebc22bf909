package app.ponte.layout;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * A screen the user's role may not open is "not found", like a record they may not see. Vaadin's own page for this
 * names the view's class and the reason outside production mode; this one says no more than {@link NotFoundView}.
 */
@PermitAll
@ParentLayout(MainLayout.class)
public class DeniedAsNotFoundView extends VerticalLayout implements HasErrorParameter<AccessDeniedException> {

    public DeniedAsNotFoundView() {
        setId("not-found");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return NotFoundView.show(this, event);
    }
}
