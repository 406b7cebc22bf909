package app.ponte.missions;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;
import java.util.Optional;

/**
 * A form that turns what an officer typed into one command. It validates as the officer types; {@link #command()}
 * is empty while anything is invalid. {@link #fields()} names the fields so the domain's own verdict on a field
 * ({@code InvalidField}) can be shown beside it.
 */
interface CommandForm {

    Component content();

    Optional<Object> command();

    Map<String, HasValidation> fields();
}
