package app.ponte.board;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import app.ponte.layout.ViewTestSupport;
import app.ponte.mission.MissionId;
import app.ponte.opportunity.OpportunityId;
import app.ponte.opportunity.OpportunityOpened;
import app.ponte.opportunity.OpportunityStage;
import app.ponte.program.ProgramId;
import app.ponte.shared.OutcomeId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OpportunityBoardViewTest extends ViewTestSupport {

    @Autowired
    private EventGateway events;

    @Test
    void anOpenedOpportunityAppearsInItsStageColumnWhileTheBoardIsOpen() {
        openBrowser(OpportunityBoardView.class);
        UI.getCurrent().navigate(OpportunityBoardView.class);
        assertThat(_find(VerticalLayout.class, spec -> spec.withId("column-" + OpportunityBoardView.DROPPED)))
                .hasSize(1);

        var opportunity = OpportunityId.random();
        events.publish(new OpportunityOpened(opportunity, ProgramId.of(DEMO_PROGRAM), MissionId.of(DEMO_MISSION),
                OutcomeId.random(), "Link between the cluster and Italian organizations in China", null,
                OpportunityStage.IDENTIFIED));

        awaitUi("the card is on the board", () -> !_find(Div.class, spec -> spec.withId("card-" + opportunity))
                .isEmpty());
        var column = _get(VerticalLayout.class, spec -> spec.withId("column-IDENTIFIED"));
        assertThat(column.getChildren().anyMatch(child -> child.getId().orElse("").equals("card-" + opportunity)))
                .isTrue();
    }
}
