package app.ponte.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatePickersTest extends ViewTestSupport {

    private static final LocalDate MISSION_DAY = LocalDate.of(2017, 5, 16);

    @BeforeEach
    void open() {
        openBrowser(MainLayoutProbe.class);
    }

    @Test
    void englishDatesAreIsoSoTheDayCannotBeReadAsTheMonthAndTimesHave24Hours() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        var picker = DatePickers.localize(new DateTimePicker());

        assertThat(picker.getDatePickerI18n().getDateFormats()).containsExactly("yyyy-MM-dd");
        assertThat(picker.getDatePickerI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getDatePickerI18n().getToday()).isEqualTo("Today");
        // English as written in Europe: the time part then reads 17:30, not 5:30 PM.
        assertThat(picker.getLocale()).isEqualTo(Locale.UK);
        assertThat(shown(Locale.ENGLISH)).isEqualTo("2017-05-16");
    }

    @Test
    void italianDatesAreDayMonthYearWithItalianNames() {
        UI.getCurrent().setLocale(Locale.ITALIAN);

        var picker = DatePickers.localize(new DateTimePicker());

        var i18n = picker.getDatePickerI18n();
        assertThat(i18n.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames()).hasSize(12).startsWith("gennaio");
        assertThat(i18n.getWeekdays()).hasSize(7).startsWith("domenica", "lunedì");
        assertThat(i18n.getToday()).isEqualTo("Oggi");
        assertThat(i18n.getCancel()).isEqualTo("Annulla");
        assertThat(picker.getLocale().getLanguage()).isEqualTo("it");
        assertThat(shown(Locale.ITALIAN)).isEqualTo("16/05/2017");
    }

    @Test
    void aDateOnlyPickerGetsTheSameFormatAndWeek() {
        UI.getCurrent().setLocale(Locale.ITALIAN);

        var picker = DatePickers.localize(new DatePicker());

        assertThat(picker.getI18n().getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(picker.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(picker.getLocale().getLanguage()).isEqualTo("it");
    }

    /* The picker's pattern means the same to the browser's date-fns as to Java for these letters. */
    private static String shown(Locale locale) {
        return DateTimeFormatter.ofPattern(DatePickers.dateFormat(locale)).format(MISSION_DAY);
    }
}
