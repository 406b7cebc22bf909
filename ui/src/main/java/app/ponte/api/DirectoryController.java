package app.ponte.api;

import app.ponte.contact.ContactId;
import app.ponte.directory.ContactCard;
import app.ponte.directory.GetContactCard;
import app.ponte.directory.GetOrganization360;
import app.ponte.directory.Organization360;
import app.ponte.directory.OrganizationCard;
import app.ponte.directory.SearchContacts;
import app.ponte.directory.SearchOrganizations;
import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Organizations and contacts over HTTP. They are shared by every program; what happened with an organization in a
 * program (its engagements, outcomes, opportunities) shows only to that program's members, which the scoped query
 * gateway sees to. A contact's personal data is opened through the privacy vault, as on the contact's card in the UI.
 */
@RestController
class DirectoryController {

    private static final int MAX_TEXT = 200;

    private final QueryGateway queries;

    DirectoryController(QueryGateway queries) {
        this.queries = queries;
    }

    /** Organizations whose name (either script) or city contains {@code q}, of one type and country if given. */
    @GetMapping("/api/v1/organizations")
    Page<OrganizationCard> organizations(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationType type, @RequestParam(required = false) String country,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        if (country != null && !country.matches("[A-Za-z]{2}")) {
            throw new InvalidParameter("country", "must be a two-letter ISO 3166 code");
        }
        return paging.fromProbe(list(new SearchOrganizations(text(q), type, country, paging.offset(),
                paging.probe()), OrganizationCard.class));
    }

    /** Everything known of one organization, limited to the caller's programs. */
    @GetMapping("/api/v1/organizations/{organizationId}")
    Organization360 organization(@PathVariable OrganizationId organizationId) {
        var view = Answers.one(queries, new GetOrganization360(organizationId), Organization360.class);
        // The read model answers a placeholder for an id it does not know; every registered one has a type.
        if (view.organization().type() == null) {
            throw Visibility.notFound("organization " + organizationId);
        }
        return view;
    }

    /** Contacts whose name, role or organization contains {@code q}, at one organization if given. */
    @GetMapping("/api/v1/contacts")
    Page<ContactCard> contacts(@RequestParam(required = false) String q,
            @RequestParam(required = false) OrganizationId organization,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var paging = Paging.of(offset, limit);
        return paging.fromProbe(list(new SearchContacts(text(q), organization, paging.offset(), paging.probe()),
                ContactCard.class));
    }

    /** One contact's card; once erased, without name, e-mail and phone. */
    @GetMapping("/api/v1/contacts/{contactId}")
    ContactCard contact(@PathVariable ContactId contactId) {
        var card = Answers.one(queries, new GetContactCard(contactId), ContactCard.class);
        // The read model answers an erased placeholder for an id it does not know; a real contact has an employer.
        if (card.organizationId() == null) {
            throw Visibility.notFound("contact " + contactId);
        }
        return card;
    }

    private static String text(String q) {
        if (q != null && q.length() > MAX_TEXT) {
            throw new InvalidParameter("q", "must be at most " + MAX_TEXT + " characters");
        }
        return q;
    }

    private <T> List<T> list(Object query, Class<T> entry) {
        return Answers.list(queries, query, entry);
    }
}
