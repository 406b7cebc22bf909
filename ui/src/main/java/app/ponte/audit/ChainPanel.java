package app.ponte.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Tamper evidence: recompute the hash chain over every stored event and say whether it holds, or where it breaks. */
class ChainPanel extends VerticalLayout {

    private final AuditFacade audit;
    private final Button verify = new Button("Verify the record");
    private final Span result = new Span();
    private final Span status = new Span();

    ChainPanel(AuditFacade audit) {
        this.audit = audit;
        setPadding(false);
        var explanation = new Paragraph("Every event is linked to the one before it by a SHA-256 hash chain, kept "
                + "beside the events. Verifying recomputes every link from the stored events: an event edited, "
                + "deleted or inserted afterwards breaks the chain at that event.");
        verify.setId("verify-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> verifyNow());
        result.setId("verify-result");
        status.setId("chain-status");
        status.setText("The chain links every event up to number " + audit.chainStatus().linkedUpTo() + ".");
        add(explanation, status);
        if (audit.mayVerifyChain()) {
            add(verify, result);
        } else {
            // A full verify reads and hashes every event; the server refuses it to non-administrators anyway.
            add(new Paragraph("A full verify on demand is run by an administrator."));
        }
    }

    private void verifyNow() {
        var verdict = audit.verifyChain();
        result.setText(verdict.summary() + " Checked on " + Moments.show(verdict.checkedAt()) + " in "
                + verdict.millis() + " ms.");
        result.getStyle().set("color", verdict.intact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)").set("font-weight", "600");
    }
}
