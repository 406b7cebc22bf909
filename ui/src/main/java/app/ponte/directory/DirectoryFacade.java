package app.ponte.directory;

import app.ponte.layout.LiveUpdates;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import com.vaadin.flow.component.Component;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Service;

/** What the directory screens may ask: pages of organizations and contacts, and one organization's 360° view. */
@Service
public class DirectoryFacade {

    // The read model serves at most this many rows a call; grids ask for fewer, a page at a time.
    private static final int LARGEST_PAGE = 500;

    private final QueryGateway queries;
    private final LiveUpdates live;

    DirectoryFacade(QueryGateway queries, LiveUpdates live) {
        this.queries = queries;
        this.live = live;
    }

    public List<OrganizationCard> organizations(String text, OrganizationType type, String country, int offset,
            int limit) {
        return queries.query(new SearchOrganizations(text, type, country, offset, Math.min(limit, LARGEST_PAGE)),
                ResponseTypes.multipleInstancesOf(OrganizationCard.class)).join();
    }

    public List<ContactCard> contacts(String text, int offset, int limit) {
        return queries.query(new SearchContacts(text, null, offset, Math.min(limit, LARGEST_PAGE)),
                ResponseTypes.multipleInstancesOf(ContactCard.class)).join();
    }

    public Organization360 organization(OrganizationId organizationId) {
        return queries.query(new GetOrganization360(organizationId), Organization360.class).join();
    }

    public void keepFresh(Component view, Runnable refresh) {
        live.keepFresh(view, new SearchOrganizations("", null, null, 0, 1),
                ResponseTypes.multipleInstancesOf(OrganizationCard.class), refresh);
    }
}
