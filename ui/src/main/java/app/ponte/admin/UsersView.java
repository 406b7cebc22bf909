package app.ponte.admin;

import app.ponte.security.ApiTokens;
import app.ponte.security.Role;
import app.ponte.security.SignInLog;
import app.ponte.security.UserAccount;
import app.ponte.shared.InvalidField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Accounts, their roles and programs, their API tokens, and the latest sign-ins. */
@Route("admin/users")
@PageTitle("Users · Ponte")
@RolesAllowed("ADMINISTRATOR")
class UsersView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final UserAdministration administration;
    private final Grid<UserAccount> users = new Grid<>();
    private final Grid<ApiTokens.TokenInfo> tokens = new Grid<>();
    private final Grid<SignInLog.Attempt> signIns = new Grid<>();
    private final TextField username = new TextField("User name");
    private final PasswordField password = new PasswordField("Password");
    private final Select<Role> role = new Select<>();
    private final TextArea programs = new TextArea("Programs (ids, separated by commas)");
    private final TextField tokenLabel = new TextField("Token label");

    UsersView(UserAdministration administration, AuthenticationContext authentication) {
        this.administration = administration;
        setSizeFull();
        configureGrids();
        var signOut = new Button("Sign out", click -> authentication.logout());
        signOut.setId("sign-out");
        add(new HorizontalLayout(new H2("Users"), signOut), users, configureForm(), new H2("API tokens"), tokens,
                new H2("Latest sign-ins"), signIns);
        refresh();
    }

    private void configureGrids() {
        users.setId("users");
        users.addColumn(UserAccount::username).setHeader("User name");
        users.addColumn(UserAccount::role).setHeader("Role");
        users.addColumn(u -> u.programs().size()).setHeader("Programs");
        users.addColumn(u -> u.enabled() ? "" : "disabled").setHeader("Status");
        users.addColumn(u -> u.lockedUntil() == null ? "" : "locked until " + WHEN.format(u.lockedUntil()))
                .setHeader("Lock");
        users.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        users.setHeight("16em");

        tokens.setId("tokens");
        tokens.addColumn(ApiTokens.TokenInfo::label).setHeader("Label");
        tokens.addColumn(ApiTokens.TokenInfo::role).setHeader("Role");
        tokens.addColumn(t -> WHEN.format(t.issuedAt())).setHeader("Issued");
        tokens.addColumn(t -> t.revoked() ? "revoked" : "active").setHeader("Status");
        tokens.addComponentColumn(t -> {
            var revoke = new Button("Revoke", click -> {
                administration.revoke(t.tokenId());
                show(users.asSingleSelect().getValue());
            });
            revoke.setEnabled(!t.revoked());
            return revoke;
        });
        tokens.setHeight("10em");

        signIns.setId("sign-ins");
        signIns.addColumn(a -> WHEN.format(a.at())).setHeader("When");
        signIns.addColumn(SignInLog.Attempt::username).setHeader("User name");
        signIns.addColumn(SignInLog.Attempt::outcome).setHeader("Outcome");
        signIns.addColumn(SignInLog.Attempt::remoteAddress).setHeader("From");
        signIns.setHeight("12em");
    }

    private VerticalLayout configureForm() {
        username.setId("user-name");
        password.setId("user-password");
        role.setId("user-role");
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setValue(Role.VIEWER);
        programs.setId("user-programs");
        tokenLabel.setId("token-label");
        var create = new Button("Create user", click -> create());
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var save = new Button("Save role and programs", click -> saveSelected());
        save.setId("save-user");
        var unlock = new Button("Unlock", click -> onSelected(u -> administration.unlock(u.userId())));
        var disable = new Button("Enable / disable",
                click -> onSelected(u -> administration.enable(u.userId(), !u.enabled())));
        var issue = new Button("Issue token", click -> issueToken());
        issue.setId("issue-token");
        var form = new FormLayout(username, password, role, programs, tokenLabel);
        return new VerticalLayout(form, new HorizontalLayout(create, save, unlock, disable, issue));
    }

    private void show(UserAccount user) {
        if (user == null) {
            tokens.setItems();
            return;
        }
        username.setValue(user.username());
        role.setValue(user.role());
        programs.setValue(UserAdministration.programText(user.programs()));
        tokens.setItems(administration.tokensOf(user.userId()));
    }

    private void create() {
        attempt(() -> {
            administration.create(username.getValue(), password.getValue(), role.getValue(), programs.getValue());
            password.clear();
            Notification.show("Created " + username.getValue()).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
    }

    private void saveSelected() {
        onSelected(u -> administration.change(u.userId(), role.getValue(), programs.getValue()));
    }

    private void issueToken() {
        onSelected(u -> {
            var issued = administration.issueToken(u.userId(), tokenLabel.getValue(), role.getValue());
            var secret = new TextField("Copy it now: it is not shown again");
            secret.setId("token-secret");
            secret.setValue(issued.secret());
            secret.setReadOnly(true);
            secret.setWidthFull();
            var dialog = new Dialog(new Paragraph("API token for " + u.username()), secret);
            dialog.getFooter().add(new Button("Done", click -> dialog.close()));
            dialog.setWidth("40em");
            dialog.open();
        });
    }

    private void onSelected(java.util.function.Consumer<UserAccount> action) {
        var selected = users.asSingleSelect().getValue();
        if (selected == null) {
            Notification.show("Select a user first");
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
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            } else if (invalid.field().equals("programs")) {
                programs.setErrorMessage(invalid.getMessage());
                programs.setInvalid(true);
            } else {
                Notification.show(invalid.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
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
        signIns.setItems(administration.latestSignIns());
    }
}
