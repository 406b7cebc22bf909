package app.ponte.imports;

import app.ponte.layout.MainLayout;
import app.ponte.organization.OrganizationId;
import app.ponte.security.AccessDenied;
import app.ponte.security.UnknownRecord;
import app.ponte.shared.DomainException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;

/**
 * "Find duplicates": the likely duplicate organizations or contacts already in the directory, each pair with its
 * score and why, best first. A pair of organizations can be merged either way with the directory's merge command;
 * contacts have no merge, so they are only listed.
 */
@Route(value = "directory/duplicates", layout = MainLayout.class)
@RolesAllowed({"ADMINISTRATOR", "PROGRAM_OFFICER"})
class DuplicatesView extends VerticalLayout implements HasDynamicTitle {

    private final ImportService imports;
    private final Select<ImportKind> kind = new Select<>();
    private final Button find = new Button();
    private final Paragraph summary = new Paragraph();
    private final Paragraph problem = new Paragraph();
    private final Grid<DuplicatePair> pairs = new Grid<>();
    private List<DuplicatePair> shown = new ArrayList<>();

    DuplicatesView(ImportService imports) {
        this.imports = imports;
        setSizeFull();
        kind.setId("duplicates-kind");
        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(ImportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("import.kind." + k.name()));
        kind.setValue(ImportKind.ORGANIZATIONS);
        find.setId("duplicates-find");
        find.setText(getTranslation("duplicates.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(click -> find());
        summary.setId("duplicates-summary");
        problem.setId("duplicates-problem");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        configureGrid();
        var bar = new HorizontalLayout(kind, find);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("duplicates.title")), new Paragraph(getTranslation("duplicates.hint")), bar,
                summary, problem, pairs);
        setFlexGrow(1, pairs);
    }

    private void configureGrid() {
        pairs.setId("duplicates");
        pairs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pairs.addColumn(p -> p.firstName() + (p.firstDetail() == null ? "" : " · " + p.firstDetail()))
                .setHeader(getTranslation("duplicates.first")).setFlexGrow(2);
        pairs.addColumn(p -> p.secondName() + (p.secondDetail() == null ? "" : " · " + p.secondDetail()))
                .setHeader(getTranslation("duplicates.second")).setFlexGrow(2);
        pairs.addColumn(p -> String.format("%.2f", p.score())).setHeader(getTranslation("duplicates.score"))
                .setAutoWidth(true).setFlexGrow(0);
        pairs.addColumn(DuplicatePair::reason).setHeader(getTranslation("duplicates.reason")).setFlexGrow(1);
        pairs.addComponentColumn(this::mergeButtons).setHeader(getTranslation("duplicates.merge")).setAutoWidth(true);
        pairs.setEmptyStateText(getTranslation("duplicates.none"));
    }

    private Div mergeButtons(DuplicatePair pair) {
        var buttons = new Div();
        if (!DuplicateFinder.ORGANIZATION.equals(pair.kind())) {
            return buttons;
        }
        // The first was registered earlier and is usually the one to keep; either way is offered.
        var intoFirst = new Button(getTranslation("duplicates.keepFirst"), click -> merge(pair, pair.secondId(),
                pair.firstId()));
        intoFirst.addThemeVariants(ButtonVariant.LUMO_SMALL);
        intoFirst.addClassName("duplicates-keep-first");
        var intoSecond = new Button(getTranslation("duplicates.keepSecond"), click -> merge(pair, pair.firstId(),
                pair.secondId()));
        intoSecond.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        buttons.add(intoFirst, intoSecond);
        return buttons;
    }

    private void find() {
        problem.setText("");
        try {
            shown = new ArrayList<>(imports.duplicates(kind.getValue()));
        } catch (AccessDenied denied) {
            problem.setText(denied.getMessage());
            return;
        }
        pairs.setItems(shown);
        summary.setText(getTranslation("duplicates.found", shown.size()));
    }

    private void merge(DuplicatePair pair, String duplicate, String survivor) {
        problem.setText("");
        try {
            imports.merge(OrganizationId.of(duplicate), OrganizationId.of(survivor));
        } catch (DomainException | AccessDenied | UnknownRecord refused) {
            problem.setText(refused.getMessage());
            return;
        }
        // Every other pair naming the merged record is moot now: it reads as the survivor.
        shown.removeIf(p -> p.firstId().equals(duplicate) || p.secondId().equals(duplicate));
        pairs.setItems(shown);
        summary.setText(getTranslation("duplicates.merged", pair.firstName(), pair.secondName()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("duplicates.title") + " · Ponte";
    }
}
