package app.ponte.audit;

import app.ponte.security.CurrentCaller;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The "History" action records offer: it opens the audit's history of that record, so nobody types an id. Only the
 * roles that audit are offered it; the history itself is still read within the reader's programs.
 */
@Component
public class RecordHistory {

    static final String TYPE = "type";
    static final String ID = "id";

    private final CurrentCaller callers;

    RecordHistory(CurrentCaller callers) {
        this.callers = callers;
    }

    public boolean offered() {
        return callers.current().map(caller -> caller.role().audits()).orElse(false);
    }

    /*
     * A button opening the record's history, or nothing for a reader who may not audit. The record may be known only
     * when it is pressed (the selected row); it does nothing while there is none.
     */
    private Optional<Button> button(String id, RecordType type, Supplier<?> recordId) {
        if (!offered()) {
            return Optional.empty();
        }
        var button = new Button(VaadinIcon.TIME_BACKWARD.create());
        button.setId(id);
        button.addClickListener(click -> {
            var record = recordId.get();
            if (record != null) {
                open(type, record.toString());
            }
        });
        return Optional.of(button);
    }

    static void open(RecordType type, String recordId) {
        UI.getCurrent().navigate(AuditView.class,
                QueryParameters.simple(Map.of(TYPE, type.name(), ID, recordId)));
    }

    /** A labelled button, such as "History", or "Engagement history" beside the mission's own. */
    public Optional<Button> labelled(String id, String label, RecordType type, Supplier<?> recordId) {
        return button(id, type, recordId).map(button -> {
            button.setText(label);
            return button;
        });
    }

    /** A small icon-only button for a grid row or a card, named for screen readers. */
    public Optional<Button> small(String id, String accessibleName, RecordType type, Object recordId) {
        return button(id, type, () -> recordId).map(button -> {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            button.setAriaLabel(accessibleName);
            button.setTooltipText(accessibleName);
            return button;
        });
    }
}
