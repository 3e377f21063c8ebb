// Generated from Schemas/*.schema.json (the document and registry schemas) so that an
// installed circ prints them without the source tree. Regenerate after editing those files;
// `SchemaStoreTests.testEmbeddedSchemasMatchFiles` fails until you do.
enum EmbeddedSchemas {
    static let files: [String: String] = [
        "circ.document-1.schema.json": ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:circ:schema:circ.document-1",
  "title": "circ.document/1",
  "description": "One document as `circ extract --format json` prints it (see the contract). Spans are [start, end) in Unicode scalar offsets into the source as read. Unknown values are null. Tools may add fields; they never rename these.",
  "type": "object",
  "required": ["schema", "source", "metadata", "addressees", "references", "deadlines", "obligations"],
  "properties": {
    "schema": {"const": "circ.document/1"},
    "source": {
      "type": "object",
      "required": ["path", "sha256"],
      "properties": {
        "path": {"type": "string"},
        "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "format": {"enum": ["txt", "markdown", "html", "pdf"]},
        "length": {"type": "integer", "minimum": 0}
      }
    },
    "metadata": {
      "type": "object",
      "required": ["kind", "date", "nor", "emitter", "signatory", "subject"],
      "properties": {
        "kind": {"enum": ["circulaire", "instruction", "note", "communique", "depeche", "article", "unknown", "code"], "description": "`code`: a consolidated code stored in the registry (kind given at ingest; `circ extract` never says it)."},
        "date": {"oneOf": [{"type": "null"}, {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}]},
        "nor": {"type": ["string", "null"]},
        "emitter": {"type": ["string", "null"]},
        "signatory": {"type": ["string", "null"]},
        "subject": {"type": ["string", "null"]},
        "place": {"type": ["string", "null"]},
        "refs": {"type": "array", "items": {"type": "string"}},
        "attachments": {"type": "array", "items": {"type": "string"}},
        "fields": {"type": "object", "additionalProperties": {"type": "string"}}
      }
    },
    "addressees": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "role", "text"],
        "properties": {
          "id": {"$ref": "#/$defs/slug"},
          "role": {"enum": ["to", "cc"]},
          "text": {"type": "string"},
          "span": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/span"}]}
        }
      }
    },
    "references": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["id", "kind", "text", "span"],
        "properties": {
          "id": {"type": "string", "minLength": 1},
          "kind": {"enum": ["code-article", "law", "ordonnance", "decret", "constitutional-decision", "court-ruling",
                            "circulaire", "instruction", "note", "protocole", "eu-regulation", "eu-directive", "nor", "unknown"]},
          "text": {"type": "string"},
          "span": {"$ref": "#/$defs/span"},
          "alinea": {"type": ["integer", "null"], "minimum": 1},
          "resolvedBy": {"type": ["string", "null"]}
        }
      }
    },
    "deadlines": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["value", "kind", "text", "span"],
        "properties": {
          "value": {"$ref": "#/$defs/deadlineValue"},
          "kind": {"enum": ["date", "recurrence", "asap", "limit"]},
          "text": {"type": "string"},
          "span": {"$ref": "#/$defs/span"},
          "strict": {"type": "boolean"}
        }
      }
    },
    "durations": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["value", "text", "span"],
        "properties": {
          "value": {"type": "string", "pattern": "^P"},
          "text": {"type": "string"},
          "span": {"$ref": "#/$defs/span"}
        }
      }
    },
    "obligations": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["text", "span", "section", "modality", "actor", "emphasis", "references", "deadlines"],
        "properties": {
          "text": {"type": "string"},
          "span": {"$ref": "#/$defs/span"},
          "section": {"type": ["string", "null"]},
          "modality": {"enum": ["obligation", "recommendation", "permission", "prohibition", "reminder"]},
          "marker": {"type": ["string", "null"]},
          "actor": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/slug"}]},
          "condition": {"type": ["string", "null"]},
          "emphasis": {"type": "boolean"},
          "references": {"type": "array", "items": {"type": "string", "minLength": 1}},
          "deadlines": {"type": "array", "items": {"$ref": "#/$defs/deadlineValue"}},
          "footnotes": {"type": "array", "items": {"type": "string"}},
          "reported": {"type": "boolean"}
        }
      }
    },
    "sections": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["title", "level", "span"],
        "properties": {
          "label": {"type": ["string", "null"]},
          "title": {"type": "string"},
          "level": {"type": "integer", "minimum": 0},
          "span": {"$ref": "#/$defs/span"}
        }
      }
    },
    "footnotes": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["number", "text", "span"],
        "properties": {
          "number": {"type": "string"},
          "text": {"type": "string"},
          "span": {"$ref": "#/$defs/span"},
          "call": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/span"}]}
        }
      }
    },
    "warnings": {
      "type": "array",
      "items": {
        "type": "object",
        "required": ["code", "message"],
        "properties": {
          "code": {"type": "string"},
          "message": {"type": "string"},
          "span": {"oneOf": [{"type": "null"}, {"$ref": "#/$defs/span"}]}
        }
      }
    }
  },
  "$defs": {
    "span": {
      "description": "[start, end) in Unicode scalar offsets into the source as read.",
      "type": "array",
      "prefixItems": [{"type": "integer", "minimum": 0}, {"type": "integer", "minimum": 0}],
      "minItems": 2,
      "maxItems": 2
    },
    "slug": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "deadlineValue": {
      "description": "YYYY-MM-DD, R/ + ISO 8601 duration (R/P1M), asap, or a time limit (PT48H, P15D).",
      "type": "string",
      "pattern": "^([0-9]{4}-[0-9]{2}-[0-9]{2}|R/P(T?[0-9]+[HDWMY])+|asap|P(T?[0-9]+[HDWMY])+)$"
    }
  }
}
"""##,
        "circ.registry-1.schema.json": ##"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:circ:schema:circ.registry-1",
  "title": "circ.registry/1",
  "description": "The whole registry as `circ export --format json` prints it: every stored document (earlier versions included), each a circ.document/1 object with a `registry` object saying where it stands.",
  "type": "object",
  "required": ["schema", "generated", "documents"],
  "properties": {
    "schema": {"const": "circ.registry/1"},
    "generated": {"type": "string", "format": "date-time", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}T"},
    "documents": {
      "type": "array",
      "items": {
        "allOf": [
          {"$ref": "urn:circ:schema:circ.document-1"},
          {
            "type": "object",
            "required": ["registry"],
            "properties": {
              "registry": {
                "type": "object",
                "required": ["id", "version", "supersededBy", "current"],
                "properties": {
                  "id": {"type": "integer", "minimum": 1},
                  "version": {"type": "integer", "minimum": 1},
                  "supersededBy": {"type": ["integer", "null"]},
                  "current": {"type": "boolean"}
                }
              }
            }
          }
        ]
      }
    }
  }
}
"""##,
    ]
}
