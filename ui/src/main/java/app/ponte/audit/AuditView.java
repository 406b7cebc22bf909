package app.ponte.audit;

import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The cluster managers' audit: who changed what and when, any record, the agenda or a program's dashboard as of a past
 * moment, and proof that the record was not altered.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({"ADMINISTRATOR", "CLUSTER_MANAGER"})
class AuditView extends VerticalLayout implements HasDynamicTitle {

    private final TabSheet tabs = new TabSheet();
    private final Tab historyTab;

    AuditView(AuditFacade audit) {
        setSizeFull();
        var log = new AuditLogPanel(audit);
        var history = new HistoryPanel(audit);
        tabs.setId("audit-tabs");
        tabs.setSizeFull();
        tabs.add(new Tab(getTranslation("audit.tab.log")), log);
        historyTab = tabs.add(new Tab(getTranslation("audit.tab.history")), history);
        tabs.add(new Tab(getTranslation("audit.tab.asOf")), new AsOfPanel(audit));
        tabs.add(new Tab(getTranslation("audit.tab.chain")), new ChainPanel(audit));
        log.addRecordChosenListener(chosen -> {
            history.showRecord(chosen.entry().recordType(), chosen.entry().recordId());
            tabs.setSelectedTab(historyTab);
        });
        add(Accessibility.screenTitle(getTranslation("nav.audit")), tabs);
        setFlexGrow(1, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
