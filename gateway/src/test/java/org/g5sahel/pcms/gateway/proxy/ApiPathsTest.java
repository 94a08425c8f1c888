package org.g5sahel.pcms.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiPathsTest {

    @ParameterizedTest
    @CsvSource({"/api/directory, directory", "/api/directory/, directory", "/api/cases/v1/cases/42, cases"})
    void findsTheServiceInThePath(String path, String service) {
        assertThat(ApiProxyHandler.serviceOf(path)).contains(service);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"/", "/api", "/api/", "/apis/directory", "/q/health"})
    void findsNoServiceElsewhere(String path) {
        assertThat(ApiProxyHandler.serviceOf(path)).isEmpty();
    }
}
