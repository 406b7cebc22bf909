package app.ponte.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ponte.organization.OrganizationId;
import app.ponte.organization.OrganizationType;
import app.ponte.organization.RegisterOrganization;
import app.ponte.program.LaunchProgram;
import app.ponte.program.ProgramId;
import app.ponte.security.AccessDenied;
import app.ponte.security.Role;
import app.ponte.security.UiSignIn;
import app.ponte.security.UserAccount;
import app.ponte.security.UserDirectory;
import app.ponte.shared.CountryCode;
import app.ponte.shared.Period;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The user administration screen, for administrators only. */
@SpringBootTest(properties = "ponte.demo.enabled=false")
class UsersViewTest {

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void freshStore(DynamicPropertyRegistry properties) {
        properties.add("ponte.mongodb.uri", () -> "");
        properties.add("ponte.data-dir", () -> dataDir.toString());
        properties.add("ponte.admin.username", () -> "administrator");
        properties.add("ponte.admin.password", () -> "a password for the view tests");
    }

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDirectory users;

    @Autowired
    private CommandGateway commands;

    /** A program of the test's own, launched as the administrator, as the application itself would. */
    private ProgramId launchedProgram(String name) {
        UiSignIn.as(context, "administrator");
        var promoter = OrganizationId.random();
        commands.sendAndWait(new RegisterOrganization(promoter, "Promoter of " + name, null, OrganizationType.MINISTRY,
                CountryCode.of("IT"), "Rome", null));
        var program = ProgramId.random();
        commands.sendAndWait(new LaunchProgram(program, name, promoter, List.of(CountryCode.of("IT")),
                Period.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))));
        return program;
    }

    /* The program list is a read model: the screen is opened again until it has caught up with the launch. */
    @SuppressWarnings("unchecked")
    private void openOffering(ProgramId program) {
        long giveUp = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (true) {
            open("administrator");
            MultiSelectComboBox<ProgramId> programs = _get(MultiSelectComboBox.class,
                    spec -> spec.withId("user-programs"));
            if (programs.getListDataView().getItems().anyMatch(program::equals) || System.nanoTime() > giveUp) {
                return;
            }
            close();
        }
    }

    private void open(String username) {
        open(username, Locale.ENGLISH);
    }

    private void open(String username, Locale language) {
        UiSignIn.as(context, username);
        var routes = new Routes(Set.of(UsersView.class), Set.of(), true);
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        UI.getCurrent().setLocale(language);
        UI.getCurrent().navigate(UsersView.class);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
        UiSignIn.out();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorCreatesAnOfficerOfAProgram() {
        var program = launchedProgram("Programs chosen by name");
        openOffering(program);

        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "m.rossi");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "long enough to be safe");
        _setValue(_get(Select.class, spec -> spec.withId("user-role")), Role.PROGRAM_OFFICER);
        MultiSelectComboBox<ProgramId> programs = _get(MultiSelectComboBox.class, spec -> spec.withId("user-programs"));
        assertThat(programs.getItemLabelGenerator().apply(program)).isEqualTo("Programs chosen by name");
        _setValue(programs, Set.of(program));
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._fetch(grid, 0, 100)).extracting(UserAccount::username).contains("administrator", "m.rossi");
        var created = users.byUsername("m.rossi").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.PROGRAM_OFFICER);
        assertThat(created.programs()).containsExactly(program);
        assertThat(users.passwordMatches(created, "long enough to be safe")).isTrue();
    }

    @Test
    void aShortPasswordIsRefusedOnTheField() {
        open("administrator");

        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "too.short");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "short");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        var password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("12 to 128 characters");
        assertThat(users.byUsername("too.short")).isEmpty();
    }

    @Test
    void theAdministrationRefusesAnyoneButAnAdministrator() {
        if (users.byUsername("viewer.only").isEmpty()) {
            users.create("viewer.only", "a viewer's password", Role.VIEWER, List.of());
        }
        UiSignIn.as(context, "viewer.only");

        assertThatThrownBy(() -> context.getBean(UserAdministration.class).users())
                .isInstanceOf(AccessDenied.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anItalianAdministratorReadsTheScreenInItalian() {
        open("administrator", Locale.ITALIAN);

        assertThat(_find(H1.class)).extracting(H1::getText).containsExactly("Utenti");
        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Token API", "Ultimi accessi");
        assertThat(_get(Button.class, spec -> spec.withId("create-user")).getText()).isEqualTo("Crea utente");
        assertThat(_get(TextField.class, spec -> spec.withId("user-name")).getLabel()).isEqualTo("Nome utente");
        Grid<UserAccount> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Nome utente", "Ruolo", "Programmi", "Stato");
        var rows = IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)).toList();
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("administrator", "Amministratore"));
        Select<Role> role = _get(Select.class, spec -> spec.withId("user-role"));
        assertThat(role.getItemLabelGenerator().apply(Role.CLUSTER_MANAGER)).isEqualTo("Responsabile di cluster");
        assertThat(_get(Grid.class, spec -> spec.withId("sign-ins")).getColumns())
                .extracting(column -> ((Grid.Column<?>) column).getHeaderText())
                .containsExactly("Quando", "Nome utente", "Esito", "Indirizzo", "Tentativi");
    }

    @Test
    void aShortPasswordIsRefusedInItalian() {
        open("administrator", Locale.ITALIAN);

        _setValue(_get(TextField.class, spec -> spec.withId("user-name")), "troppo.corta");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "corta");
        _click(_get(Button.class, spec -> spec.withId("create-user")));

        assertThat(_get(PasswordField.class, spec -> spec.withId("user-password")).getErrorMessage())
                .isEqualTo("Deve contenere da 12 a 128 caratteri");
    }
}
