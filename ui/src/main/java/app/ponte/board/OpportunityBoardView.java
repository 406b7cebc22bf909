package app.ponte.board;

import app.ponte.audit.RecordHistory;
import app.ponte.audit.RecordType;
import app.ponte.export.ExportMenu;
import app.ponte.export.ListExports;
import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.opportunities.OpportunityCard;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.security.AccessDenied;
import app.ponte.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.List;
import java.util.function.Consumer;
import jakarta.annotation.security.PermitAll;

/**
 * Opportunities in one column per stage, and a column of dropped ones. Moving forward is a plain advance; moving
 * back, reviving a dropped one, or dropping asks for the reason the domain requires.
 */
@Route(value = "opportunities", layout = MainLayout.class)
@PermitAll
class OpportunityBoardView extends VerticalLayout implements HasDynamicTitle {

    static final String DROPPED = "dropped";

    private final BoardFacade board;
    private final HorizontalLayout columns = new HorizontalLayout();
    private final RecordHistory history;

    OpportunityBoardView(BoardFacade board, ListExports exports, RecordHistory history) {
        this.board = board;
        this.history = history;
        setSizeFull();
        columns.setId("board");
        columns.setWidthFull();
        columns.getStyle().set("overflow-x", "auto").set("align-items", "flex-start");
        var heading = new HorizontalLayout(Accessibility.screenTitle(getTranslation("nav.opportunities")),
                new ExportMenu("opportunities-export", language -> exports.opportunities(board.programs(), language)));
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, columns);
        setFlexGrow(1, columns);
        board.keepFresh(this, this::refresh);
        refresh();
    }

    private void refresh() {
        var cards = board.board();
        columns.removeAll();
        for (OpportunityStage stage : OpportunityStage.values()) {
            columns.add(column(stage.name(), getTranslation("stage." + stage.name()), cards.stream()
                    .filter(card -> !card.dropped() && card.stage() == stage).toList()));
        }
        columns.add(column(DROPPED, getTranslation("stage.DROPPED"),
                cards.stream().filter(OpportunityCard::dropped).toList()));
    }

    private VerticalLayout column(String id, String heading, List<OpportunityCard> cards) {
        var title = new H4(heading + " (" + cards.size() + ")");
        title.getStyle().set("margin", "0");
        var column = new VerticalLayout(title);
        column.setId("column-" + id);
        column.setPadding(true);
        column.setSpacing(true);
        column.setWidth("15em");
        column.getStyle().set("flex", "0 0 15em").set("background", "var(--lumo-contrast-5pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        cards.forEach(card -> column.add(card(card)));
        return column;
    }

    private Div card(OpportunityCard card) {
        var title = new Span(card.title());
        title.getStyle().set("font-weight", "600");
        var move = new Select<OpportunityStage>();
        move.setId("move-" + card.opportunityId());
        move.setLabel(getTranslation("board.moveTo"));
        move.setItems(OpportunityStage.values());
        move.setItemLabelGenerator(stage -> getTranslation("stage." + stage.name()));
        move.setValue(card.stage());
        move.setWidthFull();
        move.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                move(card, change.getValue());
            }
        });
        var content = new Div(title);
        if (card.description() != null) {
            var description = new Span(card.description());
            description.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            content.add(description);
        }
        content.add(move);
        if (!card.dropped()) {
            var drop = new Button(getTranslation("board.drop"), click -> askReason(card, getTranslation("board.drop"),
                    reason -> attempt(() -> board.drop(card.opportunityId(), reason))));
            drop.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            drop.setId("drop-" + card.opportunityId());
            content.add(drop);
        }
        history.small("opportunity-history-" + card.opportunityId(), getTranslation("history.of", card.title()),
                RecordType.OPPORTUNITY, card.opportunityId()).ifPresent(content::add);
        content.setId("card-" + card.opportunityId());
        content.setWidthFull();
        content.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)");
        return content;
    }

    private void move(OpportunityCard card, OpportunityStage stage) {
        if (!card.dropped() && stage.compareTo(card.stage()) > 0) {
            attempt(() -> board.advance(card.opportunityId(), stage));
        } else if (card.dropped() || stage.compareTo(card.stage()) < 0) {
            askReason(card, getTranslation("board.moveBack", getTranslation("stage." + stage.name())),
                    reason -> attempt(() -> board.reopen(card.opportunityId(), stage, reason)));
        }
    }

    private void askReason(OpportunityCard card, String heading, Consumer<String> withReason) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(heading + " · " + card.title());
        var reason = new TextField(getTranslation("board.reason"));
        reason.setId("reason");
        reason.setWidthFull();
        reason.setRequiredIndicatorVisible(true);
        reason.setValueChangeMode(ValueChangeMode.EAGER);
        reason.addValueChangeListener(change -> reason.setInvalid(change.getValue().isBlank()));
        reason.setErrorMessage(getTranslation("form.required"));
        dialog.add(reason);
        var confirm = new Button(getTranslation("action.confirm"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            withReason.accept(reason.getValue());
        });
        confirm.setId("confirm-reason");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> {
            dialog.close();
            refresh();
        }), confirm);
        dialog.open();
    }

    private void attempt(Runnable command) {
        try {
            command.run();
        } catch (DomainException | AccessDenied rejected) {
            Notification.show(rejected.getMessage(), 6000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.opportunities") + " · Ponte";
    }
}
