package app.ponte.calendar;

import app.ponte.layout.MainLayout;
import app.ponte.security.AccessDenied;
import app.ponte.security.Caller;
import app.ponte.security.CurrentCaller;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.springframework.beans.factory.annotation.Value;

/**
 * Where a user makes, copies and revokes their personal calendar link, and downloads their engagements once. The
 * link's address is shown only right after it is made (only its hash is kept); making another revokes the one
 * before. Every signed-in user may hold one: it shows no more than they may see, read again at every poll.
 */
@Route(value = "calendar-link", layout = MainLayout.class)
@PermitAll
class CalendarLinkView extends VerticalLayout implements HasDynamicTitle {

    private final CalendarLinks links;
    private final CalendarFeeds feeds;
    private final CurrentCaller callers;
    private final ZoneId officeZone;
    private final String publicBaseUrl;
    private final Paragraph status = new Paragraph();
    private final TextField address = new TextField();
    private final Button copy = new Button();
    private final Button create = new Button();
    private final Button revoke = new Button();

    CalendarLinkView(CalendarLinks links, CalendarFeeds feeds, CurrentCaller callers,
            @Value("${ponte.wall.office-zone:Europe/Rome}") ZoneId officeZone,
            @Value("${ponte.public-base-url:}") String publicBaseUrl) {
        this.links = links;
        this.feeds = feeds;
        this.callers = callers;
        this.officeZone = officeZone;
        this.publicBaseUrl = publicBaseUrl.strip();
        add(new H2(getTranslation("calendar.title")), new Paragraph(getTranslation("calendar.explain")));
        status.setId("calendar-link-status");
        add(status, configureAddress(), configureActions());
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title") + " · Ponte";
    }

    private HorizontalLayout configureAddress() {
        address.setId("calendar-link-address");
        address.setLabel(getTranslation("calendar.address"));
        address.setReadOnly(true);
        address.setWidth("44em");
        address.setHelperText(getTranslation("calendar.shownOnce"));
        copy.setText(getTranslation("calendar.copy"));
        copy.setIcon(VaadinIcon.COPY.create());
        copy.setId("calendar-link-copy");
        // The browser copies the address itself: the server never sees the clipboard.
        copy.addClickListener(click -> copy.getElement().executeJs(
                "navigator.clipboard && navigator.clipboard.writeText($0)", address.getValue()));
        var row = new HorizontalLayout(address, copy);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        address.setVisible(false);
        copy.setVisible(false);
        return row;
    }

    private HorizontalLayout configureActions() {
        create.setId("calendar-link-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> create());
        revoke.setId("calendar-link-revoke");
        revoke.setText(getTranslation("calendar.revoke"));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
        revoke.addClickListener(click -> {
            links.revokeAll(caller().userId());
            address.clear();
            address.setVisible(false);
            copy.setVisible(false);
            refresh();
        });
        var download = new Anchor(new StreamResource("my-engagements.ics", () ->
                new ByteArrayInputStream(feeds.mine().bytes())), getTranslation("calendar.download"));
        download.setId("calendar-download");
        download.getElement().setAttribute("download", true);
        var row = new HorizontalLayout(create, revoke, download);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void create() {
        var issued = links.create(caller().userId());
        address.setValue(baseUrl() + issued.path());
        address.setVisible(true);
        copy.setVisible(true);
        refresh();
    }

    private void refresh() {
        var link = links.activeOf(caller().userId());
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale() == null ? java.util.Locale.ENGLISH : getLocale()).withZone(officeZone);
        status.setText(link.map(l -> getTranslation("calendar.active", when.format(l.createdAt()),
                        l.lastUsedAt().map(when::format).orElse(getTranslation("calendar.neverUsed"))))
                .orElse(getTranslation("calendar.none")));
        create.setText(getTranslation(link.isPresent() ? "calendar.replace" : "calendar.create"));
        revoke.setEnabled(link.isPresent());
    }

    private Caller caller() {
        return callers.current().orElseThrow(() -> new AccessDenied("Nobody is signed in"));
    }

    /* As for display links: the origin is configured, never taken from a request's Host header. */
    private String baseUrl() {
        return publicBaseUrl.isBlank() ? "/" : publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    }
}
