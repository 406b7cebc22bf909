package app.ponte.layout;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Dates in pickers as a European reads them: ISO ({@code 2017-05-16}) in English and {@code 16/05/2017} in Italian,
 * weeks starting on Monday, times on the 24-hour clock. The browser's own English format puts the month first, which
 * reads as a different day here.
 */
public final class DatePickers {

    static final String ISO = "yyyy-MM-dd";
    static final String ITALIAN = "dd/MM/yyyy";
    // Vaadin counts weekdays from Sunday = 0.
    private static final int MONDAY = 1;

    private DatePickers() {
    }

    /** The pattern a date is shown and typed in, for the given language. */
    public static String dateFormat(Locale locale) {
        return isItalian(locale) ? ITALIAN : ISO;
    }

    /** Sets the picker's format, week and words for the language of the screen it is on. */
    public static DatePicker localize(DatePicker picker) {
        var locale = pickerLocale(picker.getLocale());
        picker.setLocale(locale);
        picker.setI18n(i18n(locale, picker));
        return picker;
    }

    /** Sets the date part's format, week and words, and the time part's locale, for the screen's language. */
    public static DateTimePicker localize(DateTimePicker picker) {
        var locale = pickerLocale(picker.getLocale());
        picker.setLocale(locale);
        picker.setDatePickerI18n(i18n(locale, picker));
        return picker;
    }

    static DatePicker.DatePickerI18n i18n(Locale locale, Component texts) {
        var i18n = new DatePicker.DatePickerI18n();
        if (isItalian(locale)) {
            // Typing 16/5/2017 or an ISO date is accepted too; the field then shows it in the first format.
            i18n.setDateFormats(ITALIAN, "d/M/yyyy", ISO);
        } else {
            i18n.setDateFormat(ISO);
        }
        i18n.setFirstDayOfWeek(MONDAY);
        var symbols = DateFormatSymbols.getInstance(isItalian(locale) ? Locale.ITALIAN : Locale.ENGLISH);
        i18n.setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12));
        i18n.setWeekdays(weekdays(symbols.getWeekdays()));
        i18n.setWeekdaysShort(weekdays(symbols.getShortWeekdays()));
        i18n.setToday(texts.getTranslation("date.today"));
        i18n.setCancel(texts.getTranslation("date.cancel"));
        return i18n;
    }

    // DateFormatSymbols leaves index 0 empty and starts at Sunday, as the picker expects.
    private static List<String> weekdays(String[] names) {
        return Arrays.asList(names).subList(1, 8);
    }

    /*
     * British English for the English screens: the browser then shows 17:30 where plain English gives 5:30 PM, as every
     * other time in Ponte is written. The date format set here overrides the locale's own.
     */
    private static Locale pickerLocale(Locale screen) {
        return isItalian(screen) ? screen : Locale.UK;
    }

    private static boolean isItalian(Locale locale) {
        return locale != null && Locale.ITALIAN.getLanguage().equals(locale.getLanguage());
    }
}
