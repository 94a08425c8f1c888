package org.g5sahel.pcms.directory;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.g5sahel.pcms.commons.testing.PostgresTestResource;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TokenTestResource;

/** The directory's tests run against the machine's PostgreSQL and RabbitMQ, apart from the local run's. */
@QuarkusTestResource(
        value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "pcms_directory_test"))
@QuarkusTestResource(value = RabbitTestResource.class, initArgs = @ResourceArg(name = "service", value = "directory"))
@QuarkusTestResource(TokenTestResource.class)
public class DirectoryTestResources {}
