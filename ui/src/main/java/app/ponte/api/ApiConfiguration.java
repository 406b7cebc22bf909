package app.ponte.api;

import com.fasterxml.jackson.databind.Module;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** JSON for the API: Ponte's one-value records as bare values. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    Module valueRecordsModule() {
        return new ValueRecordsModule();
    }
}
