package org.g5sahel.pcms.firearms;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.g5sahel.pcms.commons.testing.DirectoryTestResource;
import org.g5sahel.pcms.commons.testing.PostgresTestResource;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TokenTestResource;

/** The firearms tests run against the machine's PostgreSQL and RabbitMQ, apart from the local run's, and a small directory stand-in. */
@QuarkusTestResource(
        value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "pcms_firearms_test"))
@QuarkusTestResource(value = RabbitTestResource.class, initArgs = @ResourceArg(name = "service", value = "firearms"))
@QuarkusTestResource(TokenTestResource.class)
@QuarkusTestResource(
        value = DirectoryTestResource.class,
        initArgs = @ResourceArg(name = "property", value = "pcms.firearms.directory-url"))
public class FirearmsTestResources {}
