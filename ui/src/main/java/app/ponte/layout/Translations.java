package app.ponte.layout;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/** English and Italian texts from {@code messages.properties} and {@code messages_it.properties}. */
@Component
public class Translations implements I18NProvider {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale ITALIAN = Locale.ITALIAN;

    // No fallback to the JVM's default locale: English is the base bundle, whatever the server's locale.
    private static final ResourceBundle.Control BASE_ONLY =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(ENGLISH, ITALIAN);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var language = locale != null && ITALIAN.getLanguage().equals(locale.getLanguage()) ? ITALIAN : Locale.ROOT;
        try {
            var pattern = ResourceBundle.getBundle("messages", language, BASE_ONLY).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
