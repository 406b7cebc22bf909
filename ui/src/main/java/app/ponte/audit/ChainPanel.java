package app.ponte.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** Tamper evidence: recompute the hash chain over every stored event and say whether it holds, or where it breaks. */
class ChainPanel extends VerticalLayout {

    private final AuditFacade audit;
    private final Button verify = new Button(getTranslation("audit.chain.verify"));
    private final Span result = new Span();
    private final Span status = new Span();

    ChainPanel(AuditFacade audit) {
        this.audit = audit;
        setPadding(false);
        var explanation = new Paragraph(getTranslation("audit.chain.explanation"));
        verify.setId("verify-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickListener(click -> verifyNow());
        result.setId("verify-result");
        status.setId("chain-status");
        showStatus();
        add(explanation, status);
        if (audit.mayVerifyChain()) {
            add(verify, result);
        } else {
            // A full verify reads and hashes every event; the server refuses it to non-administrators anyway.
            add(new Paragraph(getTranslation("audit.chain.administratorsOnly")));
        }
    }

    private void verifyNow() {
        var verdict = audit.verifyChain();
        var finding = verdict.intact() ? getTranslation("audit.chain.intact", verdict.linked())
                + (verdict.unlinked() > 0 ? " " + getTranslation("audit.chain.unlinked", verdict.unlinked()) : "")
                : getTranslation("audit.chain.broken", verdict.brokenAt()
                        + (verdict.eventId() == null ? "" : " (" + verdict.eventId() + ")"), reason(verdict.reason()),
                        verdict.verified());
        if (!verdict.tamperedContacts().isEmpty()) {
            finding += " " + getTranslation("audit.chain.tampered", verdict.tamperedContacts().size(),
                    String.join(", ", verdict.tamperedContacts()));
        }
        result.setText(finding + " " + getTranslation("audit.chain.checked", Moments.show(verdict.checkedAt(), this),
                verdict.millis()));
        // The verify may have gone past what the status line said when the screen opened.
        showStatus();
        result.getStyle().set("color", verdict.intact() && verdict.tamperedContacts().isEmpty()
                ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)").set("font-weight", "600");
    }

    private void showStatus() {
        status.setText(getTranslation("audit.chain.status", audit.chainStatus().linkedUpTo()));
    }

    /** The store names why a link fails in English; the known reasons have their words in each language. */
    private String reason(String reason) {
        String key = switch (reason == null ? "" : reason) {
            case "the event is missing from the store" -> "audit.chain.reason.eventMissing";
            case "its link is missing from the chain" -> "audit.chain.reason.linkMissing";
            case "the stored event or its link was changed after it was linked" -> "audit.chain.reason.changed";
            default -> null;
        };
        return key == null ? reason : getTranslation(key);
    }
}
