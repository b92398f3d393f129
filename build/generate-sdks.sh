#!/usr/bin/env bash
# Regenerates the SDKs from the app's own OpenAPI document (docs/sdk.md):
#   sdk/openapi.json                            the document the app serves (NSwag.AspNetCore 14.8.0 in the app)
#   sdk/csharp/Generated/SortieChatApi.g.cs     the C# client      (NSwag 14.7.1 command line, openapi2csclient)
#   sdk/typescript/src/generated/api.ts         the TypeScript client (NSwag 14.7.1 command line, openapi2tsclient)
# Deterministic: two runs give byte-identical files. .ci/run fails when they differ from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

./build/save-openapi.sh sdk/openapi.json
dotnet tool restore >/dev/null

dotnet nswag openapi2csclient /Input:sdk/openapi.json /Output:sdk/csharp/Generated/SortieChatApi.g.cs /NewLineBehavior:LF \
  /Namespace:SortieChat.Client /ClassName:{controller}Client /OperationGenerationMode:MultipleClientsFromOperationId \
  /GenerateClientInterfaces:true /GenerateOptionalParameters:true /ExceptionClass:SortieChatApiException /InjectHttpClient:true /UseBaseUrl:true \
  /JsonLibrary:SystemTextJson /JsonLibraryVersion:10.0 /GenerateNullableReferenceTypes:true /GenerateOptionalPropertiesAsNullable:true \
  /RequiredPropertiesMustBeDefined:true /GenerateDataAnnotations:false /GenerateJsonMethods:false \
  /ArrayType:System.Collections.Generic.IReadOnlyList /ArrayInstanceType:System.Collections.Generic.List \
  /ResponseArrayType:System.Collections.Generic.IReadOnlyList \
  /DictionaryType:System.Collections.Generic.IReadOnlyDictionary /DictionaryInstanceType:System.Collections.Generic.Dictionary \
  /ResponseDictionaryType:System.Collections.Generic.IReadOnlyDictionary >/dev/null

dotnet nswag openapi2tsclient /Input:sdk/openapi.json /Output:sdk/typescript/src/generated/api.ts /NewLineBehavior:LF \
  /Template:Fetch /ClassName:{controller}Client /OperationGenerationMode:MultipleClientsFromOperationId \
  /TypeScriptVersion:5.0 /TypeStyle:Interface /EnumStyle:StringLiteral /DateTimeType:String /NullValue:Null \
  /MarkOptionalProperties:true /GenerateOptionalParameters:true /ExceptionClass:ApiException /GenerateClientInterfaces:true >/dev/null

echo "Generated sdk/openapi.json, sdk/csharp/Generated/SortieChatApi.g.cs and sdk/typescript/src/generated/api.ts"
