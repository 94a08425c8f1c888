package org.g5sahel.pcms.commons.directory;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The directory's read API as the services call it, with the caller's {@code Authorization} header. Only
 * {@link DirectoryClient} uses it and holds the fault tolerance. Answers other than 2xx raise
 * {@link jakarta.ws.rs.WebApplicationException}.
 */
@Path("/api/directory/v1")
@Produces(MediaType.APPLICATION_JSON)
@RegisterRestClient(configKey = "directory")
interface DirectoryRestClient {

    @GET
    @Path("/agencies/{code}")
    DirectoryClient.Agency agency(
            @PathParam("code") String code, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);

    @GET
    @Path("/contacts/{id}")
    DirectoryClient.Contact contact(
            @PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
