package app.ponte.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CachedAggregatesTest {

    @Test
    void aCacheSizeBelowOneIsRefusedNamingTheSetting() {
        assertThatThrownBy(() -> new CachedAggregates(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ponte.aggregate-cache.size")
                .hasMessageContaining("at least 1");
    }
}
