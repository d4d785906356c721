import Foundation
import Vapor

/// A property in an API schema.
struct SchemaProperty: Sendable {
    let name: String
    let type: String
    var format: String?
    var nullable = false
    var items: String?
    var choices: [String]?

    var json: [String: Any] {
        var schema: [String: Any] = ["type": nullable ? [type, "null"] : type]
        if let format { schema["format"] = format }
        if let items { schema["items"] = ["type": items] }
        if let choices { schema["enum"] = nullable ? choices + [NSNull()] : choices }
        return schema
    }
}

/// How one kind of record looks in the API: what it returns and what it accepts.
struct APIShape: Sendable {
    let resource: Resource
    let title: String
    let description: String
    let returns: [SchemaProperty]
    let accepts: [SchemaProperty]
    let required: [String]
}

/// The OpenAPI 3.1 document served at `/api/v1/openapi.json`, made from the same list of
/// shapes that registers the API routes, so it describes what exists and nothing else.
enum OpenAPIDocument {
    static func make(shapes: [APIShape]) -> [String: Any] {
        var paths: [String: Any] = [SiteURL.openAPI.path: ["get": operation("Get this OpenAPI document", tag: "API", response: ["type": "object"], secured: false)]]
        var schemas: [String: Any] = ["Error": errorSchema, "PageMetadata": pageMetadataSchema]
        for shape in shapes {
            let name = shape.title
            schemas[name] = object(shape.returns, required: shape.returns.filter { !$0.nullable }.map(\.name))
            schemas["\(name)Input"] = object(shape.accepts, required: shape.required)
            let ref = ["$ref": "#/components/schemas/\(name)"]
            let page: [String: Any] = ["type": "object", "required": ["items", "metadata"], "properties": [
                "items": ["type": "array", "items": ref], "metadata": ["$ref": "#/components/schemas/PageMetadata"]]]
            paths[SiteURL.apiList(shape.resource).path] = [
                "get": operation("List \(shape.description)", tag: name, response: page, parameters: pageParameters),
                "post": operation("Add one of the \(shape.description)", tag: name, response: ref, body: "\(name)Input", status: "201"),
            ]
            paths[SiteURL.apiList(shape.resource).path + "/{id}"] = [
                "get": operation("Get one of the \(shape.description)", tag: name, response: ref, parameters: [idParameter]),
                "put": operation("Replace one of the \(shape.description); send the version you read", tag: name, response: ref,
                                 parameters: [idParameter], body: "\(name)Input"),
            ]
        }
        paths[SiteURL.apiServiceRequests.path] = ["post": operation("Raise a service request", tag: "ServiceRequest",
                                                                    response: ["$ref": "#/components/schemas/ServiceRequestReceipt"],
                                                                    body: "ServiceRequestInput", status: "201")]
        schemas["ServiceRequestInput"] = object(["service", "description", "address", "latitude", "longitude", "reporterName", "reporterEmail", "reporterPhone"]
            .map { SchemaProperty(name: $0, type: "string", nullable: !["service", "description"].contains($0)) },
            required: ["service", "description"], extra: ["answers": ["type": "object", "additionalProperties": ["type": "string"]]])
        schemas["ServiceRequestReceipt"] = object([SchemaProperty(name: "id", type: "string", format: "uuid"), SchemaProperty(name: "reference", type: "string"),
                                                   SchemaProperty(name: "status", type: "string"), SchemaProperty(name: "dueOn", type: "string", format: "date")],
                                                  required: ["id", "reference", "status", "dueOn"])
        return [
            "openapi": "3.1.0",
            "info": ["title": "Beacon API", "version": "1.0.0",
                     "description": "The organisation directory and indicators of a council using Beacon, and raising service requests. Authenticate with an API key (Authorization: Bearer) or a signed-in session; session writes also need the X-CSRF-Token header."],
            "servers": [["url": "/"]],
            "paths": paths,
            "components": ["schemas": schemas, "securitySchemes": [
                "apiKey": ["type": "http", "scheme": "bearer", "description": "An API key issued by an administrator"],
                "session": ["type": "apiKey", "in": "cookie", "name": "beacon-session"],
            ]],
            "security": [["apiKey": []], ["session": []]],
        ]
    }

    private static var idParameter: [String: Any] { ["name": "id", "in": "path", "required": true, "schema": ["type": "string", "format": "uuid"]] }
    private static var pageParameters: [[String: Any]] { [
        ["name": "page", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 1]],
        ["name": "per", "in": "query", "required": false, "schema": ["type": "integer", "minimum": 1, "maximum": 100]],
    ] }

    private static var errorSchema: [String: Any] { object([], required: ["error"], extra: ["error": object([
        SchemaProperty(name: "code", type: "integer"), SchemaProperty(name: "message", type: "string"),
    ], required: ["code", "message", "fields"], extra: ["fields": ["type": "object", "additionalProperties": ["type": "string"]]])]) }

    private static var pageMetadataSchema: [String: Any] { object(
        ["page", "per", "total", "pageCount"].map { SchemaProperty(name: $0, type: "integer") },
        required: ["page", "per", "total", "pageCount"]) }

    private static func object(_ properties: [SchemaProperty], required: [String], extra: [String: Any] = [:]) -> [String: Any] {
        var all = extra
        for property in properties { all[property.name] = property.json }
        return ["type": "object", "required": required, "properties": all]
    }

    private static func operation(_ summary: String, tag: String, response: [String: Any], parameters: [[String: Any]] = [],
                                  body: String? = nil, status: String = "200", secured: Bool = true) -> [String: Any] {
        let error: [String: Any] = ["description": "An error", "content": ["application/json": ["schema": ["$ref": "#/components/schemas/Error"]]]]
        var responses: [String: Any] = [status: ["description": "Success", "content": ["application/json": ["schema": response]]]]
        if secured {
            for code in ["401", "403", "404"] { responses[code] = error }
        }
        if body != nil {
            for code in ["400", "409", "415", "422"] { responses[code] = error }
        }
        if parameters.contains(where: { $0["in"] as? String == "query" }) { responses["400"] = error }
        var operation: [String: Any] = ["summary": summary, "tags": [tag], "responses": responses]
        if !parameters.isEmpty { operation["parameters"] = parameters }
        if let body {
            operation["requestBody"] = ["required": true, "content": ["application/json": ["schema": ["$ref": "#/components/schemas/\(body)"]]]]
        }
        if !secured { operation["security"] = [] as [Any] }
        return operation
    }

    static func register(on routes: RoutesBuilder, shapes: [APIShape]) {
        routes.route(.GET, .openAPI, access: .published) { _ -> Response in
            let data = try JSONSerialization.data(withJSONObject: make(shapes: shapes), options: [.sortedKeys, .prettyPrinted])
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: data))
        }
    }
}
