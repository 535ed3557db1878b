extension Indicator {
    /// The indicator as removed by the revision: every value kept as the original, none current.
    func removed() -> Indicator {
        func drop<T>(_ value: Revisable<T>) -> Revisable<T> {
            Revisable(current: nil, original: value.original ?? value.current, evidence: value.evidence ?? .note)
        }
        var indicator = self
        indicator.name = drop(name)
        indicator.description = description.map(drop)
        indicator.algorithm = algorithm.map(drop)
        indicator.measure = measure.map(drop)
        indicator.source = source.map(drop)
        indicator.type = type.map(drop)
        indicator.weight = weight.map(drop)
        indicator.targets = targets.map { YearTarget(year: $0.year, value: drop($0.value)) }
        indicator.status = .removed
        return indicator
    }
}
