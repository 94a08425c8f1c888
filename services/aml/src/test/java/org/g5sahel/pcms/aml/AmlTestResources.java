package org.g5sahel.pcms.aml;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.g5sahel.pcms.commons.testing.DirectoryTestResource;
import org.g5sahel.pcms.commons.testing.PostgresTestResource;
import org.g5sahel.pcms.commons.testing.RabbitTestResource;
import org.g5sahel.pcms.commons.testing.TokenTestResource;

/**
 * The aml tests run against the machine's PostgreSQL and RabbitMQ, apart from the local run's; the directory's
 * agencies are answered by the test directory.
 */
@QuarkusTestResource(
        value = PostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "pcms_aml_test"))
@QuarkusTestResource(value = RabbitTestResource.class, initArgs = @ResourceArg(name = "service", value = "aml"))
@QuarkusTestResource(TokenTestResource.class)
@QuarkusTestResource(
        value = DirectoryTestResource.class,
        initArgs = @ResourceArg(name = "property", value = "pcms.aml.directory-url"))
public class AmlTestResources {}
