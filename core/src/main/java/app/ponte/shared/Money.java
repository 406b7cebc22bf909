package app.ponte.shared;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

/** An amount in a currency, such as the expected value of an outcome. */
public record Money(BigDecimal amount, String currency) {

    public Money {
        Check.present("amount", amount);
        if (amount.signum() < 0) {
            throw new InvalidField("amount", "must not be negative");
        }
        String code = Check.text("currency", currency, 3).toUpperCase(Locale.ROOT);
        if (Currency.getAvailableCurrencies().stream().noneMatch(c -> c.getCurrencyCode().equals(code))) {
            throw new InvalidField("currency", "must be an ISO 4217 currency code such as EUR or CNY");
        }
        currency = code;
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
