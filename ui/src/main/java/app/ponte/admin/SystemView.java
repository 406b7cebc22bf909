package app.ponte.admin;

import app.ponte.config.ops.ProcessorPositions;
import app.ponte.config.ops.SegmentPosition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The administrators' view of the streaming processors: every segment of every processor, the node that holds it,
 * its position against the head of the stream, its lag in events, and the error of a segment failing on this node.
 */
@Route("admin/system")
@RolesAllowed("ADMINISTRATOR")
class SystemView extends VerticalLayout implements HasDynamicTitle {

    private final ProcessorPositions positions;
    private final Grid<SegmentPosition> segments = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final DateTimeFormatter when;
    private Map<String, String> errors = Map.of();
    private long head;

    SystemView(ProcessorPositions positions) {
        this.positions = positions;
        this.when = DateTimeFormatter.ofPattern(getTranslation("date.timestampUtc"), getLocale())
                .withZone(ZoneOffset.UTC);
        var refresh = new Button(getTranslation("system.refresh"), click -> refresh());
        refresh.setId("system-refresh");
        summary.setId("system-summary");
        add(new HorizontalLayout(new H2(getTranslation("system.processors")), refresh), summary, configureGrid());
        setSizeFull();
        refresh();
    }

    private Grid<SegmentPosition> configureGrid() {
        segments.setId("system-segments");
        segments.addColumn(SegmentPosition::processor).setHeader(getTranslation("system.processor")).setSortable(true);
        segments.addColumn(SegmentPosition::segment).setHeader(getTranslation("system.segment"));
        segments.addColumn(s -> s.owner().isBlank() ? getTranslation("system.unclaimed") : s.owner())
                .setHeader(getTranslation("system.owner"));
        segments.addColumn(s -> s.position() < 0 ? "–" : s.position() + " / " + head)
                .setHeader(getTranslation("system.position"));
        segments.addColumn(SegmentPosition::lag).setHeader(getTranslation("system.lag")).setSortable(true);
        segments.addColumn(s -> s.claimedAt() == null ? "" : when.format(s.claimedAt()))
                .setHeader(getTranslation("system.claimedAt"));
        segments.addColumn(s -> s.replaying() ? getTranslation("system.replaying") : "")
                .setHeader(getTranslation("system.state"));
        segments.addColumn(s -> errors.getOrDefault(s.processor() + "[" + s.segment() + "]", ""))
                .setHeader(getTranslation("system.error")).setFlexGrow(3);
        segments.setSizeFull();
        return segments;
    }

    private void refresh() {
        var reading = positions.readNow();
        errors = positions.errorsOnThisNode();
        head = reading.head();
        summary.setText(getTranslation("system.summary", reading.head(), reading.segments().size(), reading.maxLag(),
                errors.size()));
        segments.setItems(reading.segments());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("system.title");
    }
}
