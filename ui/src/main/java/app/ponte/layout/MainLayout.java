package app.ponte.layout;

import app.ponte.search.SearchBox;
import app.ponte.search.SearchFacade;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Locale;
import jakarta.annotation.security.PermitAll;

/**
 * The frame around every screen: the application's name, the navigation, the search box, the language switch, and
 * who is signed in with the way to sign out.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;

    public MainLayout(SearchFacade search, AuthenticationContext authentication) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToNavbar(new DrawerToggle(), header(new SearchBox(search)));
        addToDrawer(brand(), navigation());
    }

    private Span brand() {
        var brand = new Span("Ponte");
        brand.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600")
                .set("display", "block").set("padding", "var(--lumo-space-m) var(--lumo-space-l)");
        return brand;
    }

    /*
     * The meetings screen is where "/" lands, so it leads; the rest follow the officer's day. Screens the signed-in
     * user would be refused (audit, display links) are left out rather than offered and then denied.
     */
    private SideNav navigation() {
        var nav = new SideNav();
        nav.setId("navigation");
        var access = new AccessAnnotationChecker();
        var routes = RouteConfiguration.forApplicationScope();
        for (var item : List.of(
                new SideNavItem(getTranslation("nav.meetings"), "", VaadinIcon.CALENDAR.create()),
                new SideNavItem(getTranslation("nav.programs"), "programs", VaadinIcon.DASHBOARD.create()),
                new SideNavItem(getTranslation("nav.missions"), "missions", VaadinIcon.AIRPLANE.create()),
                new SideNavItem(getTranslation("nav.opportunities"), "opportunities", VaadinIcon.TRENDING_UP.create()),
                new SideNavItem(getTranslation("nav.followUps"), "follow-ups", VaadinIcon.CHECK_SQUARE_O.create()),
                new SideNavItem(getTranslation("nav.directory"), "directory", VaadinIcon.BUILDING.create()),
                new SideNavItem(getTranslation("nav.audit"), "audit", VaadinIcon.TIME_BACKWARD.create()),
                new SideNavItem(getTranslation("nav.displayLinks"), "display-links", VaadinIcon.DESKTOP.create()),
                new SideNavItem(getTranslation("nav.webhooks"), "admin/webhooks", VaadinIcon.CONNECT.create()),
                new SideNavItem(getTranslation("nav.calendarLink"), "calendar-link",
                        VaadinIcon.CALENDAR_CLOCK.create()),

                new SideNavItem(getTranslation("nav.users"), "admin/users", VaadinIcon.USERS.create()),
                new SideNavItem(getTranslation("nav.system"), "admin/system", VaadinIcon.COGS.create()))) {
            boolean refused = routes.getRoute(item.getPath()).map(view -> !access.hasAccess(view)).orElse(false);
            if (!refused) {
                nav.addItem(item);
            }
        }
        nav.getStyle().set("padding", "0 var(--lumo-space-s)");
        return nav;
    }

    private HorizontalLayout header(SearchBox search) {
        var tagline = new Span(getTranslation("app.tagline"));
        // One line, cut short when the search box needs the room, so the header never grows taller.
        tagline.getStyle().set("color", "var(--lumo-secondary-text-color)").set("white-space", "nowrap")
                .set("overflow", "hidden").set("text-overflow", "ellipsis").set("min-width", "0");
        var language = new Select<Locale>();
        language.setId("language");
        language.setItems(Translations.ENGLISH, Translations.ITALIAN);
        language.setItemLabelGenerator(locale -> locale.getLanguage().equals("it") ? "Italiano" : "English");
        language.setValue(getLocale() != null && getLocale().getLanguage().equals("it")
                ? Translations.ITALIAN : Translations.ENGLISH);
        language.setWidth("9em");
        language.getElement().setAttribute("aria-label", getTranslation("app.language"));
        language.addValueChangeListener(change -> {
            if (change.isFromClient() || change.getOldValue() != null) {
                switchTo(change.getValue());
            }
        });
        var header = new HorizontalLayout(tagline, search, language, signedIn());
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, tagline);
        header.setWidthFull();
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    /*
     * AppLayout's content area carries no landmark of its own: each screen's root is made the page's one main region,
     * so assistive technology can jump past the navigation to it.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
        }
    }

    /** Who is signed in, and the way out, on every screen. */
    private HorizontalLayout signedIn() {
        var name = new Span(authentication.getPrincipalName().orElse(""));
        name.setId("signed-in-user");
        name.getElement().setAttribute("title", getTranslation("app.signedInAs"));
        var signOut = new Button(getTranslation("admin.signOut"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var box = new HorizontalLayout(VaadinIcon.USER.create(), name, signOut);
        box.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        box.setSpacing(true);
        return box;
    }

    /* The whole page is rebuilt in the new language; views then keep their state through their URL. */
    private static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
