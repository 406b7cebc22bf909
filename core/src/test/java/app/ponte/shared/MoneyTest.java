package app.ponte.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void acceptsIsoCurrencyInAnyCase() {
        assertThat(Money.of("250000", "eur")).isEqualTo(Money.of("250000", "EUR"));
    }

    @Test
    void refusesUnknownCurrency() {
        assertThatThrownBy(() -> Money.of("1", "EUX"))
                .isInstanceOf(InvalidField.class)
                .hasMessage("currency must be an ISO 4217 currency code such as EUR or CNY");
    }

    @Test
    void refusesNegativeAmount() {
        assertThatThrownBy(() -> Money.of("-1", "EUR"))
                .isInstanceOf(InvalidField.class)
                .hasMessage("amount must not be negative");
    }
}
