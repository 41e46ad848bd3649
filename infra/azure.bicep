// Upward in Azure: the tab on Static Web Apps, the API and the bot endpoint on one Function App
// (Flex Consumption), data in Table Storage. No keys anywhere: storage has shared-key access
// disabled and everything reaches it through a user-assigned managed identity; the bot
// authenticates with its own managed identity (msaAppType UserAssignedMSI).

@maxLength(20)
@minLength(4)
@description('Prefix of every resource name; the toolkit passes upward + RESOURCE_SUFFIX.')
param resourceBaseName string

@description('Client id of the Entra ID app the tab SSO tokens are issued for (aadApp/create).')
param aadAppClientId string

@description('Region for everything regional; it must offer Flex Consumption.')
param location string = resourceGroup().location

@allowed([
  'westus2'
  'centralus'
  'eastus2'
  'westeurope'
  'eastasia'
])
@description('Static Web Apps is offered in a few regions only; its content is served from a global edge anyway.')
param staticWebAppLocation string = 'westeurope'

@allowed([
  'Free'
  'Standard'
])
param staticWebAppSku string = 'Free'

@minValue(40)
@maxValue(1000)
@description('Upper bound for Flex Consumption scale-out: the cost ceiling under load.')
param maximumInstanceCount int = 100

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

// Names that must be globally unique take a hash of the resource group as well as the prefix.
var uniqueSuffix = uniqueString(resourceGroup().id, resourceBaseName)
// 'st' + 9 + 13 characters: within the 24 lowercase letters and digits storage allows.
var storageAccountName = 'st${take(toLower(replace(resourceBaseName, '-', '')), 9)}${uniqueSuffix}'
var functionAppName = '${resourceBaseName}-api-${take(uniqueSuffix, 6)}'
var deploymentContainerName = 'app-package-${take(uniqueSuffix, 8)}'
// The API creates missing tables itself; creating them here keeps the first request fast.
var tableNames = [
  'personal'
  'shared'
  'conversations'
  'nudges'
  'downloads'
]
var tenantId = tenant().tenantId

// Built-in role definition ids.
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'

// ---------- identities ----------

// The API's identity: storage (tables, Functions host blobs, deployment package) and telemetry.
resource apiIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-api-id'
  location: location
}

// The bot's identity: its client id is the bot id Teams knows. It gets no Azure RBAC at all.
resource botIdentity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${resourceBaseName}-bot-id'
  location: location
}

// ---------- storage ----------

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    publicNetworkAccess: 'Enabled'
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// Flex Consumption runs the app from a package in this container.
resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for tableName in tableNames: {
  parent: tableService
  name: tableName
}]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// The nudge sweep (timer) enqueues one message per reminder here; the queue-triggered sender posts it.
resource nudgeQueue 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: 'nudges'
}

// The sweep writes to the nudge queue through the output binding and the sender reads it, both with the API's identity.
resource apiQueueData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, apiIdentity.id, storageQueueDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageQueueDataContributor)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource apiTableData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, apiIdentity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// The Functions host keeps its state in blobs, and Flex Consumption reads the package from blob.
resource apiBlobData 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, apiIdentity.id, storageBlobDataOwner)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataOwner)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------- monitoring ----------

resource logAnalytics 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${resourceBaseName}-logs'
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${resourceBaseName}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logAnalytics.id
    // Telemetry is accepted only with an Entra token, so the connection string is not a secret.
    DisableLocalAuth: true
  }
}

resource apiTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(appInsights.id, apiIdentity.id, monitoringMetricsPublisher)
  scope: appInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: apiIdentity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

// ---------- the tab ----------

resource staticWebApp 'Microsoft.Web/staticSites@2023-12-01' = {
  name: '${resourceBaseName}-tab'
  location: staticWebAppLocation
  sku: {
    name: staticWebAppSku
    tier: staticWebAppSku
  }
  properties: {}
}

var tabDomain = staticWebApp.properties.defaultHostname
var tabOrigin = 'https://${tabDomain}'

// ---------- the API ----------

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${apiIdentity.id}': {}
      '${botIdentity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: [
          tabOrigin
        ]
        supportCredentials: false
      }
      // Flex Consumption rejects FUNCTIONS_WORKER_RUNTIME / FUNCTIONS_EXTENSION_VERSION as app
      // settings: the runtime is declared in functionAppConfig below instead.
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__clientId', value: apiIdentity.properties.clientId }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${apiIdentity.properties.clientId};Authorization=AAD' }
        { name: 'UPWARD_ENV', value: 'azure' }
        { name: 'TABLES_ENDPOINT', value: storage.properties.primaryEndpoints.table }
        { name: 'AZURE_CLIENT_ID', value: apiIdentity.properties.clientId }
        { name: 'AUTH_CLIENT_ID', value: aadAppClientId }
        { name: 'AUTH_AUDIENCE', value: 'api://${tabDomain}/${aadAppClientId}' }
        { name: 'AUTH_ISSUER', value: 'https://login.microsoftonline.com/{tid}/v2.0' }
        { name: 'AUTH_JWKS_URI', value: 'https://login.microsoftonline.com/common/discovery/v2.0/keys' }
        { name: 'AUTH_ALLOWED_TENANTS', value: tenantId }
        { name: 'BOT_ID', value: botIdentity.properties.clientId }
        { name: 'BOT_TENANT_ID', value: tenantId }
        { name: 'BOT_APP_TYPE', value: 'UserAssignedMSI' }
        { name: 'TAB_ORIGIN', value: tabOrigin }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: apiIdentity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'node'
        version: '22'
      }
    }
  }
  // The host cannot start, nor read its package, before its identity holds these roles.
  dependsOn: [
    apiBlobData
    apiTableData
    apiTelemetry
    deploymentContainer
  ]
}

// Deployments authenticate with Entra ID; publishing user names and passwords stay off.
resource scmBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

resource ftpBasicAuth 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

var apiHost = functionApp.properties.defaultHostName

// ---------- the bot ----------

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${resourceBaseName}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: {
    // Teams is a standard channel: free on F0.
    name: 'F0'
  }
  properties: {
    displayName: 'Upward'
    endpoint: 'https://${apiHost}/api/messages'
    msaAppType: 'UserAssignedMSI'
    msaAppId: botIdentity.properties.clientId
    msaAppMSIResourceId: botIdentity.id
    msaAppTenantId: tenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      acceptedTerms: true
      deploymentEnvironment: 'CommercialDeployment'
    }
  }
}

// ---------- outputs: written to env/.env.<env> by arm/deploy ----------

output TAB_DOMAIN string = tabDomain
output TAB_ENDPOINT string = tabOrigin
output API_ENDPOINT string = 'https://${apiHost}'
output BOT_ID string = botIdentity.properties.clientId
output BOT_DOMAIN string = apiHost
output AZURE_STATIC_WEB_APPS_RESOURCE_ID string = staticWebApp.id
output API_FUNCTION_RESOURCE_ID string = functionApp.id
output API_FUNCTION_APP_NAME string = functionApp.name
output BOT_AZURE_RESOURCE_ID string = bot.id
output STORAGE_ACCOUNT_NAME string = storage.name
output TABLES_ENDPOINT string = storage.properties.primaryEndpoints.table
output API_IDENTITY_CLIENT_ID string = apiIdentity.properties.clientId
