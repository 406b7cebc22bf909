package app.ponte.missions;

import app.ponte.agenda.GetMissionAgenda;
import app.ponte.agenda.ListMissions;
import app.ponte.agenda.MissionAgenda;
import app.ponte.agenda.MissionSummary;
import app.ponte.directory.ContactCard;
import app.ponte.directory.OrganizationCard;
import app.ponte.directory.SearchContacts;
import app.ponte.directory.SearchOrganizations;
import app.ponte.layout.LiveUpdates;
import app.ponte.mission.MissionId;
import app.ponte.shared.Futures;
import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/** What the mission screens may ask of the domain: missions, agendas, the directory to pick from, and commands. */
@Service
public class MissionsFacade {

    private static final int PICK_LIST = 500;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final LiveUpdates live;

    MissionsFacade(CommandGateway commands, QueryGateway queries, LiveUpdates live) {
        this.commands = commands;
        this.queries = queries;
        this.live = live;
    }

    public List<MissionSummary> missions() {
        return queries.query(new ListMissions(), ResponseTypes.multipleInstancesOf(MissionSummary.class)).join();
    }

    public MissionAgenda agenda(MissionId missionId) {
        return queries.query(new GetMissionAgenda(missionId), MissionAgenda.class).join();
    }

    public void keepAgendaFresh(Component view, MissionId missionId, Runnable refresh) {
        live.keepFresh(view, new GetMissionAgenda(missionId), ResponseTypes.instanceOf(MissionAgenda.class), refresh);
    }

    public List<OrganizationCard> organizations() {
        return queries.query(new SearchOrganizations("", null, null, 0, PICK_LIST),
                ResponseTypes.multipleInstancesOf(OrganizationCard.class)).join();
    }

    public List<ContactCard> contacts() {
        return queries.query(new SearchContacts("", null, 0, PICK_LIST),
                ResponseTypes.multipleInstancesOf(ContactCard.class)).join().stream()
                .filter(contact -> !contact.erased())
                .toList();
    }

    /**
     * Sends a command; the future completes when the mission has decided, exceptionally with the domain's own
     * rejection (never wrapped), so a form can show its message as it is.
     */
    public CompletableFuture<Object> send(Object command) {
        return commands.send(command).handle((result, failure) -> {
            if (failure != null) {
                throw new CompletionException(Futures.unwrap(failure));
            }
            return result;
        });
    }

}
