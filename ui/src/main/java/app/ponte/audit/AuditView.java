package app.ponte.audit;

import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.Optional;

/**
 * The cluster managers' audit: who changed what and when, any record, the agenda or a program's dashboard as of a past
 * moment, and proof that the record was not altered.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({"ADMINISTRATOR", "CLUSTER_MANAGER"})
class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TabSheet tabs = new TabSheet();
    private final Tab historyTab;
    private final HistoryPanel history;

    AuditView(AuditFacade audit) {
        setSizeFull();
        var log = new AuditLogPanel(audit);
        history = new HistoryPanel(audit);
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

    /*
     * A record's "History" action opens audit?type=MISSION&id=…; a type that is not one is ignored rather than
     * guessed, and leaves the screen as it opens by itself.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        var type = parameters.getSingleParameter(RecordHistory.TYPE).flatMap(AuditView::recordType);
        var id = parameters.getSingleParameter(RecordHistory.ID).filter(value -> !value.isBlank());
        if (type.isPresent() && id.isPresent()) {
            history.showRecord(type.get(), id.get());
            tabs.setSelectedTab(historyTab);
        }
    }

    private static Optional<RecordType> recordType(String name) {
        return Arrays.stream(RecordType.values())
                .filter(type -> type != RecordType.OTHER && type.name().equals(name)).findFirst();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.pageTitle");
    }
}
