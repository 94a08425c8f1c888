package org.g5sahel.pcms.cases;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.g5sahel.pcms.commons.testing.PostgresTestResource;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TokenTestResource;

/**
 * The cases service's tests run against the machine's PostgreSQL and RabbitMQ, apart from the local run's, and a stand-in
 * for the directory.
 */
@QuarkusTestResource(
        value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "pcms_cases_test"))
@QuarkusTestResource(value = RabbitTestResource.class, initArgs = @ResourceArg(name = "service", value = "cases"))
@QuarkusTestResource(TokenTestResource.class)
@QuarkusTestResource(DirectoryTestResource.class)
public class CasesTestResources {}
