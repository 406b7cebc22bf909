package app.ponte.audit;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The cluster managers' audit: who changed what and when, any record or the agenda as of a past moment, and proof
 * that the record was not altered. */
@Route("audit")
@PageTitle("Audit · Ponte")
@RolesAllowed({"ADMINISTRATOR", "CLUSTER_MANAGER"})
class AuditView extends VerticalLayout {

    private final TabSheet tabs = new TabSheet();
    private final Tab historyTab;

    AuditView(AuditFacade audit) {
        setSizeFull();
        var log = new AuditLogPanel(audit);
        var history = new HistoryPanel(audit);
        tabs.setId("audit-tabs");
        tabs.setSizeFull();
        tabs.add(new Tab("Audit log"), log);
        historyTab = tabs.add(new Tab("Record history"), history);
        tabs.add(new Tab("As of"), new AsOfPanel(audit));
        tabs.add(new Tab("Tamper evidence"), new ChainPanel(audit));
        log.addRecordChosenListener(chosen -> {
            history.showRecord(chosen.entry().recordType(), chosen.entry().recordId());
            tabs.setSelectedTab(historyTab);
        });
        add(header(), tabs);
        setFlexGrow(1, tabs);
    }

    private static HorizontalLayout header() {
        var title = new H1("Ponte");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("margin", "0");
        var subtitle = new Span("Audit");
        subtitle.getStyle().set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-l)");
        var header = new HorizontalLayout(title, subtitle);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        return header;
    }
}
