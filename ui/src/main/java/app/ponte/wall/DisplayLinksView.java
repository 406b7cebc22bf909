package app.ponte.wall;

import app.ponte.dashboard.ProgramSummary;
import app.ponte.layout.Accessibility;
import app.ponte.layout.DatePickers;
import app.ponte.layout.MainLayout;
import app.ponte.layout.Times;
import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.CurrentCaller;
import app.ponte.security.Role;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.springframework.beans.factory.annotation.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where an administrator hands out and revokes display links. A new link's address is shown once, in a dialog:
 * only its hash is kept. Administrators only.
 */
@Route(value = "display-links", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class DisplayLinksView extends VerticalLayout implements HasDynamicTitle {

    private final Times times = Times.of(getLocale());
    private final String everyProgram = getTranslation("links.everyProgram");

    private final DisplayLinks links;
    private final WallFacade wall;
    private final CurrentCaller callers;
    private final String publicBaseUrl;
    private final TextField name = new TextField(getTranslation("links.name"));
    private final ComboBox<Scope> scope = new ComboBox<>(getTranslation("links.shows"));
    private final DateTimePicker expiresAt = new DateTimePicker(getTranslation("links.expiresOptional"));
    private final IntegerField rotation = new IntegerField(getTranslation("links.secondsPerPanel"));
    private final Grid<DisplayLink> grid = new Grid<>();
    private Map<ProgramId, String> programNames = Map.of();

    DisplayLinksView(DisplayLinks links, WallFacade wall, CurrentCaller callers,
            @Value("${ponte.public-base-url:}") String publicBaseUrl) {
        this.links = links;
        this.wall = wall;
        this.callers = callers;
        this.publicBaseUrl = publicBaseUrl.strip();
        setSizeFull();
        add(Accessibility.screenTitle(getTranslation("nav.displayLinks")),
                new Paragraph(getTranslation("links.intro")));
        add(configureForm());
        configureGrid();
        add(grid);
        setFlexGrow(1, grid);
        refresh();
    }

    private HorizontalLayout configureForm() {
        name.setId("link-name");
        name.setMaxLength(80);
        name.setWidth("18em");
        scope.setId("link-scope");
        scope.setItemLabelGenerator(Scope::label);
        scope.setWidth("22em");
        expiresAt.setId("link-expires");
        DatePickers.localize(expiresAt);
        rotation.setId("link-rotation");
        rotation.setValue((int) DisplayLinks.DEFAULT_ROTATION.toSeconds());
        rotation.setMin((int) DisplayLinks.SHORTEST_ROTATION.toSeconds());
        rotation.setMax((int) DisplayLinks.LONGEST_ROTATION.toSeconds());
        rotation.setStepButtonsVisible(true);
        var create = new Button(getTranslation("links.create"), click -> create());
        create.setId("create-link");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(name, scope, expiresAt, rotation, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private void configureGrid() {
        grid.setId("display-links");
        grid.addColumn(DisplayLink::name).setHeader(getTranslation("links.name")).setFlexGrow(2);
        grid.addColumn(l -> l.program().map(p -> programNames.getOrDefault(p, p.toString())).orElse(everyProgram))
                .setHeader(getTranslation("links.shows")).setFlexGrow(2);
        grid.addColumn(l -> l.rotation().toSeconds() + " s").setHeader(getTranslation("links.perPanel"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> times.dateTime(l.createdAt().atZone(wall.officeZone())))
                .setHeader(getTranslation("links.created"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.expiresAt().map(e -> times.dateTime(e.atZone(wall.officeZone())))
                .orElse(getTranslation("links.never"))).setHeader(getTranslation("links.expires")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(l -> status(l)).setHeader(getTranslation("links.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(l -> {
            var revoke = new Button(getTranslation("links.revoke"), click -> {
                mayManageLinks();
                links.revoke(l.linkId());
                refresh();
            });
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            revoke.setEnabled(l.revokedAt().isEmpty());
            return revoke;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("links.none"));
    }

    private String status(DisplayLink link) {
        if (link.revokedAt().isPresent()) {
            return getTranslation("links.revoked");
        }
        return getTranslation(link.validAt(links.now()) ? "links.active" : "links.expired");
    }

    private void refresh() {
        var programs = wall.everyProgram();
        programNames = programs.stream().collect(Collectors.toMap(ProgramSummary::programId, ProgramSummary::name,
                (a, b) -> a));
        var choices = new ArrayList<Scope>();
        choices.add(new Scope(Optional.empty(), everyProgram));
        programs.forEach(p -> choices.add(new Scope(Optional.of(p.programId()), p.name())));
        var chosen = scope.getValue();
        scope.setItems(choices);
        scope.setValue(chosen != null && choices.contains(chosen) ? chosen : choices.get(0));
        grid.setItems(links.list());
    }

    private void create() {
        name.setInvalid(false);
        expiresAt.setInvalid(false);
        rotation.setInvalid(false);
        var office = wall.officeZone();
        var expiry = expiresAt.getValue() == null ? null : expiresAt.getValue().atZone(office).toInstant();
        var seconds = rotation.getValue() == null ? null : Duration.ofSeconds(rotation.getValue());
        mayManageLinks();
        try {
            var issued = links.create(name.getValue(),
                    Optional.ofNullable(scope.getValue()).flatMap(Scope::program).orElse(null), expiry, seconds);
            showOnce(issued);
            name.clear();
            expiresAt.clear();
            refresh();
        } catch (InvalidDisplayLink invalid) {
            HasValidation field = switch (invalid.field()) {
                case "expiresAt" -> expiresAt;
                case "rotation" -> rotation;
                default -> name;
            };
            field.setErrorMessage(invalid.rule());
            field.setInvalid(true);
        }
    }

    /*
     * The view's annotation was checked when it opened; a link shows a program to anyone holding it, so the role is
     * checked again, read afresh, at the moment of every change.
     */
    private void mayManageLinks() {
        var caller = callers.current();
        if (caller.isEmpty() || caller.get().role() != Role.ADMINISTRATOR) {
            throw new AccessDenied("Only an administrator may create or revoke display links");
        }
    }

    private void showOnce(IssuedLink issued) {
        var address = new TextField(getTranslation("links.address"));
        address.setId("issued-link");
        address.setValue(baseUrl() + issued.path());
        address.setReadOnly(true);
        address.setWidthFull();
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("links.createdTitle", issued.link().name()));
        dialog.add(new Paragraph(getTranslation("links.copyOnce")), address);
        dialog.setWidth("48em");
        var close = new Button(getTranslation("admin.done"), click -> dialog.close());
        close.setId("issued-link-done");
        dialog.getFooter().add(close);
        dialog.open();
    }

    /*
     * The address's origin is configured (ponte.public-base-url), never taken from the request: a Host or
     * X-Forwarded-Proto header is the sender's to choose, and a link handed out with an attacker's host would send
     * the screen, token and all, elsewhere. Without the setting the address is shown from its path.
     */
    private String baseUrl() {
        return publicBaseUrl.isBlank() ? "/" : publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.displayLinks") + " · Ponte";
    }

    /** A choice in the "Shows" box: one program, or every program. */
    record Scope(Optional<ProgramId> program, String label) {}

}
