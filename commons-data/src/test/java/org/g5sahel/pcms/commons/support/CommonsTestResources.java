package org.g5sahel.pcms.commons.support;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.g5sahel.pcms.commons.testing.PostgresTestResource;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TokenTestResource;

/** The real dependencies of the commons tests: their own database, their own exchange, the test token key. */
@QuarkusTestResource(
        value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "pcms_commons_test"))
@QuarkusTestResource(value = RabbitTestResource.class, initArgs = @ResourceArg(name = "service", value = "commonstest"))
@QuarkusTestResource(TokenTestResource.class)
public class CommonsTestResources {}
