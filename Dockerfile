# Deployment image: the app plus Debian's Chromium for printing the PDF publication (wget for the compose health check;
# tzdata so Europe/Amsterdam comes from the tz database, see ADR 017; the app does not read the container's TZ).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/NvzhSurvey.Web/NvzhSurvey.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium fonts-dejavu-core fonts-liberation fonts-open-sans tzdata wget \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    Publication__ChromiumPath=/usr/bin/chromium
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "NvzhSurvey.Web.dll"]
