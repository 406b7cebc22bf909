package app.ponte.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;

/**
 * What every screen needs for assistive technology and that Vaadin's components do not give by themselves: one
 * {@code h1} naming the screen, and required fields whose role does not allow {@code aria-required}.
 */
public final class Accessibility {

    /*
     * Vaadin marks a required select's value button (role button) and a required date-time picker (role group) with
     * aria-required, which ARIA allows on neither. The attribute is taken off those two elements, and again whenever
     * the component puts it back; the inputs inside a date-time picker keep theirs, and the label keeps its mark.
     */
    private static final String DROP_ARIA_REQUIRED = """
            const host = this;
            const strip = () => [host, ...host.querySelectorAll('vaadin-select-value-button')]
                .filter(element => element.hasAttribute('aria-required'))
                .forEach(element => element.removeAttribute('aria-required'));
            strip();
            if (!host.ponteAriaRequired) {
              host.ponteAriaRequired = new MutationObserver(strip);
              host.ponteAriaRequired.observe(host, { subtree: true, childList: true, attributes: true,
                                                     attributeFilter: ['aria-required'] });
            }
            """;

    private Accessibility() {
    }

    /** The screen's one {@code h1}, at the size the screens' titles always had. */
    public static H1 screenTitle(String text) {
        var title = new H1(text);
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)");
        return title;
    }

    /** Takes ARIA's disallowed {@code aria-required} off a required select or date-time picker, each time it shows. */
    public static <C extends Component> C withoutDisallowedAriaRequired(C field) {
        field.addAttachListener(attach -> field.getElement().executeJs(DROP_ARIA_REQUIRED));
        if (field.isAttached()) {
            field.getElement().executeJs(DROP_ARIA_REQUIRED);
        }
        return field;
    }
}
