package app.ponte.admin;

import app.ponte.layout.Accessibility;
import app.ponte.layout.MainLayout;
import app.ponte.layout.Times;
import app.ponte.program.ProgramId;
import app.ponte.programs.ProgramsFacade;
import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.SignInLog;
import app.ponte.security.UserAccount;
import app.ponte.shared.InvalidField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** Accounts, their roles and programs, their API tokens, and the latest sign-ins. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMINISTRATOR")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Grid<UserAccount> users = new Grid<>();
    private final Grid<ApiTokens.TokenInfo> tokens = new Grid<>();
    private final Grid<SignInLog.Attempt> signIns = new Grid<>();
    private final Times times = Times.of(getLocale());
    private final TextField username = new TextField(getTranslation("admin.username"));
    private final PasswordField password = new PasswordField(getTranslation("admin.password"));
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<ProgramId> programs = new MultiSelectComboBox<>(getTranslation("admin.programs"));
    private final Map<ProgramId, String> programNames = new HashMap<>();
    private final TextField tokenLabel = new TextField(getTranslation("admin.tokenLabel"));

    UsersView(UserAdministration administration, ProgramsFacade programChoices) {
        this.administration = administration;
        setSizeFull();
        configureGrids();
        // Programs are chosen by name; an id a user holds whose program is gone is still shown, as its id.
        programChoices.programs().forEach(program -> programNames.put(program.programId(), program.name()));
        programs.setItemLabelGenerator(id -> programNames.getOrDefault(id, id.toString()));
        offerPrograms();
        add(Accessibility.screenTitle(getTranslation("admin.users")), users, configureForm(),
                new H2(getTranslation("admin.tokens")), tokens, new H2(getTranslation("admin.signIns")), signIns);
        refresh();
    }

    private void configureGrids() {
        users.setId("users");
        users.addColumn(UserAccount::username).setHeader(getTranslation("admin.username"));
        users.addColumn(u -> roleName(u.role())).setHeader(getTranslation("admin.role"));
        users.addColumn(u -> u.programs().size()).setHeader(getTranslation("admin.programs"));
        users.addColumn(u -> u.enabled() ? "" : getTranslation("admin.disabled"))
                .setHeader(getTranslation("admin.status"));
        users.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        users.setHeight("16em");

        tokens.setId("tokens");
        tokens.addColumn(ApiTokens.TokenInfo::label).setHeader(getTranslation("admin.label"));
        tokens.addColumn(t -> roleName(t.role())).setHeader(getTranslation("admin.role"));
        tokens.addColumn(t -> utc(t.issuedAt())).setHeader(getTranslation("admin.issued"));
        tokens.addColumn(t -> t.expiresAt() == null ? "" : utc(t.expiresAt()))
                .setHeader(getTranslation("admin.expires"));
        tokens.addColumn(t -> t.lastUsedAt() == null ? getTranslation("admin.neverUsed") : utc(t.lastUsedAt()))
                .setHeader(getTranslation("admin.lastUsed"));
        tokens.addColumn(t -> getTranslation(t.revoked() ? "admin.revoked" : "admin.active"))
                .setHeader(getTranslation("admin.status"));
        tokens.addComponentColumn(t -> {
            var revoke = new Button(getTranslation("admin.revoke"), click -> {
                administration.revoke(t.tokenId());
                show(users.asSingleSelect().getValue());
            });
            revoke.setEnabled(!t.revoked());
            return revoke;
        });
        tokens.setHeight("10em");

        signIns.setId("sign-ins");
        signIns.addColumn(a -> utc(a.at())).setHeader(getTranslation("admin.when"));
        signIns.addColumn(SignInLog.Attempt::username).setHeader(getTranslation("admin.username"));
        signIns.addColumn(a -> signInOutcome(a.outcome())).setHeader(getTranslation("admin.outcome"));
        signIns.addColumn(SignInLog.Attempt::remoteAddress).setHeader(getTranslation("admin.from"));
        signIns.addColumn(SignInLog.Attempt::count).setHeader(getTranslation("admin.count"));
        signIns.setHeight("12em");
    }

    private VerticalLayout configureForm() {
        username.setId("user-name");
        password.setId("user-password");
        role.setId("user-role");
        role.setLabel(getTranslation("admin.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(this::roleName);
        role.setValue(Role.VIEWER);
        programs.setId("user-programs");
        tokenLabel.setId("token-label");
        var create = new Button(getTranslation("admin.create"), click -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var save = new Button(getTranslation("admin.save"), click -> saveSelected());
        save.setId("save-user");
        var disable = new Button(getTranslation("admin.enableDisable"),
                click -> onSelected(u -> administration.enable(u.userId(), !u.enabled())));
        var issue = new Button(getTranslation("admin.issueToken"), click -> issueToken());
        issue.setId("issue-token");
        var form = new FormLayout(username, password, role, programs, tokenLabel);
        return new VerticalLayout(form, new HorizontalLayout(create, save, disable, issue));
    }

    private void show(UserAccount user) {
        if (user == null) {
            tokens.setItems();
            return;
        }
        username.setValue(user.username());
        role.setValue(user.role());
        user.programs().forEach(id -> programNames.putIfAbsent(id, id.toString()));
        offerPrograms();
        programs.setValue(user.programs());
        tokens.setItems(administration.tokensOf(user.userId()));
    }

    private void create() {
        attempt(() -> {
            administration.create(username.getValue(), password.getValue(), role.getValue(),
                    programs.getSelectedItems());
            password.clear();
            Notification.show(getTranslation("admin.created", username.getValue()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void saveSelected() {
        onSelected(u -> administration.change(u.userId(), role.getValue(), programs.getSelectedItems()));
    }

    private void issueToken() {
        onSelected(u -> {
            var issued = administration.issueToken(u.userId(), tokenLabel.getValue(), role.getValue());
            var secret = new TextField(getTranslation("admin.copySecret"));
            secret.setId("token-secret");
            secret.setValue(issued.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            var dialog = new Dialog(new Paragraph(getTranslation("admin.tokenFor", u.username())), secret);
            dialog.getFooter().add(new Button(getTranslation("admin.done"), click -> dialog.close()));
            dialog.setWidth("40em");
            dialog.open();
        });
    }

    private void onSelected(java.util.function.Consumer<UserAccount> action) {
        var selected = users.asSingleSelect().getValue();
        if (selected == null) {
            Notification.show(getTranslation("admin.selectFirst"));
            return;
        }
        attempt(() -> action.accept(selected));
    }

    private void attempt(Runnable action) {
        username.setInvalid(false);
        password.setInvalid(false);
        programs.setInvalid(false);
        tokenLabel.setInvalid(false);
        try {
            action.run();
            refresh();
        } catch (InvalidField invalid) {
            var field = switch (invalid.field()) {
                case "username" -> username;
                case "password" -> password;
                case "label" -> tokenLabel;
                default -> null;
            };
            if (field != null) {
                field.setErrorMessage(AccountErrors.message(invalid, this));
                field.setInvalid(true);
            } else if (invalid.field().equals("programs")) {
                programs.setErrorMessage(AccountErrors.message(invalid, this));
                programs.setInvalid(true);
            } else {
                Notification.show(AccountErrors.message(invalid, this))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        }
    }

    private void refresh() {
        var selected = users.asSingleSelect().getValue();
        users.setItems(administration.users());
        if (selected != null) {
            administration.users().stream().filter(u -> u.userId().equals(selected.userId())).findFirst()
                    .ifPresent(users::select);
        }
        // A page at a time, as the grid scrolls: the log is bounded, but still need not be sent whole.
        signIns.setItems(query -> administration.signIns(query.getOffset(), query.getLimit()).stream());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.pageTitle");
    }

    private void offerPrograms() {
        programs.setItems(programNames.keySet().stream().sorted(Comparator.comparing(programNames::get)).toList());
    }

    private String utc(Instant moment) {
        return times.dateTimeSeconds(moment.atZone(ZoneOffset.UTC)) + " UTC";
    }

    private String roleName(Role role) {
        return role == null ? "" : getTranslation("admin.role." + role.name());
    }

    private String signInOutcome(String outcome) {
        if (outcome == null) {
            return "";
        }
        var key = "admin.signIn." + outcome;
        var words = getTranslation(key);
        return words.equals(key) ? outcome : words;
    }
}
