/// DCAT-AP_IT metadata (JSON-LD), the profile dati.gov.it harvests: the dataset, its publisher
/// (the Chamber), its temporal coverage (the plans' years), licence, and one distribution per CSV.
public enum DCATMetadata {
    public static func json(_ documents: [DocumentInfo], license: DataPackage.License) -> JSONValue {
        let entities = Array(Set(documents.compactMap(\.entity))).sorted()
        let starts = documents.compactMap { $0.period?.start }
        let ends = documents.compactMap { $0.period?.end }
        var dataset: [String: JSONValue] = [
            "@id": .string("piao-dataset"),
            "@type": .array([.string("dcat:Dataset"), .string("dcatapit:Dataset")]),
            "dct:identifier": .string("piao-dataset"),
            "dct:title": .object(["@value": .string("Obiettivi, indicatori, target e revisioni dei piani delle Camere di commercio"), "@language": .string("it")]),
            "dct:description": .object(["@value": .string("Obiettivi strategici e operativi, indicatori, target, risorse e revisioni letti da PIAO, revisioni del PIAO e PIRA, con la verifica dei pesi."), "@language": .string("it")]),
            "dcat:theme": .object(["@id": .string("http://publications.europa.eu/resource/authority/data-theme/GOVE")]),
            "dct:accrualPeriodicity": .object(["@id": .string("http://publications.europa.eu/resource/authority/frequency/ANNUAL")]),
            "dcat:distribution": .array(TableSpecs.all.map { distribution($0, license: license) }),
        ]
        if !entities.isEmpty {
            let agents = entities.map { JSONValue.object(["@type": .array([.string("foaf:Agent"), .string("dcatapit:Agent")]), "foaf:name": .string($0)]) }
            dataset["dct:publisher"] = agents.count == 1 ? agents[0] : .array(agents)
            dataset["dct:rightsHolder"] = dataset["dct:publisher"]
        }
        if let start = starts.min(), let end = ends.max() {
            dataset["dct:temporal"] = .object([
                "@type": .string("dct:PeriodOfTime"),
                "dcat:startDate": .object(["@value": .string("\(start)-01-01"), "@type": .string("xsd:date")]),
                "dcat:endDate": .object(["@value": .string("\(end)-12-31"), "@type": .string("xsd:date")]),
            ])
        }
        return .object([
            "@context": .object([
                "dcat": .string("http://www.w3.org/ns/dcat#"), "dct": .string("http://purl.org/dc/terms/"),
                "dcatapit": .string("http://dati.gov.it/onto/dcatapit#"), "foaf": .string("http://xmlns.com/foaf/0.1/"),
                "xsd": .string("http://www.w3.org/2001/XMLSchema#"),
            ]),
            "@graph": .array([.object(dataset)]),
        ])
    }

    private static func distribution(_ spec: TableSpec, license: DataPackage.License) -> JSONValue {
        var value: [String: JSONValue] = [
            "@type": .array([.string("dcat:Distribution"), .string("dcatapit:Distribution")]),
            "dct:title": .string(spec.title),
            "dcat:accessURL": .object(["@id": .string(spec.name + ".csv")]),
            "dct:format": .object(["@id": .string("http://publications.europa.eu/resource/authority/file-type/CSV")]),
            "dcat:mediaType": .string("text/csv"),
        ]
        value["dct:license"] = license.path.isEmpty ? .string(license.name) : .object(["@id": .string(license.path), "dct:title": .string(license.name)])
        return .object(value)
    }
}
