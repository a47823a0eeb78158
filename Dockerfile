# The SDK is the one global.json names (a floating "10.0" tag moves to a newer feature band, which global.json's
# rollForward refuses), and the runtime is the one that SDK ships with. Change them together with global.json.
ARG DOTNET_SDK_VERSION=10.0.401
ARG ASPNET_RUNTIME_VERSION=10.0.12

# Build: .NET SDK plus Node for the GOV.UK Frontend Sass build that runs inside `dotnet publish`.
FROM mcr.microsoft.com/dotnet/sdk:${DOTNET_SDK_VERSION} AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Lifecycle.Web -c Release -o /app

# Run: ASP.NET runtime only, as the image's non-root user.
FROM mcr.microsoft.com/dotnet/aspnet:${ASPNET_RUNTIME_VERSION}
WORKDIR /app
COPY --from=build /app .
RUN mkdir -p /app/App_Data && chown "$APP_UID" /app/App_Data
USER $APP_UID
ENV ASPNETCORE_HTTP_PORTS=8080
# TLS ends at the reverse proxy or load balancer in front of the container: believe its
# X-Forwarded-Proto and X-Forwarded-For, from the proxy named in ForwardedHeaders__KnownProxies__0 or the network
# in ForwardedHeaders__KnownNetworks__0 (set one when running the image; with neither, only this machine is believed),
# so cookies are Secure and HSTS is sent. Set App__PublicBaseUrl when running the image.
ENV ForwardedHeaders__Enabled=true
EXPOSE 8080
ENTRYPOINT ["dotnet", "Lifecycle.Web.dll"]
