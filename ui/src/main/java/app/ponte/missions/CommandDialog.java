package app.ponte.missions;

import app.ponte.security.AccessDenied;
import app.ponte.shared.DomainException;
import app.ponte.shared.Futures;
import app.ponte.shared.InvalidField;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Shows a {@link CommandForm}, sends its command, and shows progress until the domain has decided. A rejection
 * stays in the dialog, worded as the domain worded it: beside its field when it names one, above the buttons
 * otherwise.
 */
class CommandDialog extends Dialog {

    private final CommandForm form;
    private final Function<Object, CompletableFuture<Object>> send;
    private final Runnable onDone;
    private final Span rejection = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Button confirm;

    CommandDialog(String title, String confirmLabel, CommandForm form,
            Function<Object, CompletableFuture<Object>> send, Runnable onDone) {
        this.form = form;
        this.send = send;
        this.onDone = onDone;
        setHeaderTitle(title);
        setWidth("34em");
        rejection.setId("rejection");
        rejection.getStyle().set("color", "var(--lumo-error-text-color)");
        rejection.setVisible(false);
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("form.sending"));
        progress.setVisible(false);
        add(form.content(), rejection, progress);
        confirm = new Button(confirmLabel, click -> submit());
        confirm.setId("confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("action.close"), click -> close());
        cancel.setId("dismiss");
        getFooter().add(cancel, confirm);
    }

    private void submit() {
        rejection.setVisible(false);
        var command = form.command();
        if (command.isEmpty()) {
            return;
        }
        confirm.setEnabled(false);
        progress.setVisible(true);
        var ui = getUI().orElseThrow();
        send.apply(command.get()).whenComplete((result, failure) -> ui.access(() -> {
            confirm.setEnabled(true);
            progress.setVisible(false);
            if (failure == null) {
                close();
                onDone.run();
            } else {
                show(Futures.unwrap(failure));
            }
        }));
    }

    private void show(Throwable failure) {
        if (failure instanceof InvalidField invalid && form.fields().containsKey(invalid.field())) {
            var field = form.fields().get(invalid.field());
            field.setErrorMessage(invalid.getMessage());
            field.setInvalid(true);
            return;
        }
        // A refusal for the officer's role or programs is worded for them too, like the domain's rejections.
        var message = failure instanceof DomainException || failure instanceof AccessDenied ? failure.getMessage()
                : getTranslation("error.unexpected");
        rejection.setText(message);
        rejection.setVisible(true);
    }
}
