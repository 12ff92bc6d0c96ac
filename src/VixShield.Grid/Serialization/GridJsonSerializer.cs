using System.Runtime.Serialization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Akka.Actor;
using Akka.Serialization;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;

namespace VixShield.Grid.Serialization;

/// <summary>
/// System.Text.Json for every <see cref="IGridMessage"/>, on the wire and in the journal. The manifest is the type's
/// name and version ("SweepAccepted.v1"): renaming a type keeps its manifest, and a changed shape gets a new version
/// (read the old one here, write the new one).
/// </summary>
public sealed class GridJsonSerializer : SerializerWithStringManifest
{
    /// <summary>The serializer id in HOCON's <c>serialization-identifiers</c>.</summary>
    public const int SerializerId = 7401;

    private static readonly (Type Type, string Manifest)[] Known =
    [
        (typeof(SubmitSweep), "SubmitSweep.v1"),
        (typeof(SweepSubmitted), "SweepSubmitted.v1"),
        (typeof(SweepRejected), "SweepRejected.v1"),
        (typeof(RequestWork), "RequestWork.v1"),
        (typeof(UnitResults), "UnitResults.v2"),
        (typeof(UnitRunFailed), "UnitRunFailed.v1"),
        (typeof(CancelSweep), "CancelSweep.v1"),
        (typeof(GetSweepStatus), "GetSweepStatus.v1"),
        (typeof(SweepStatus), "SweepStatus.v2"),
        (typeof(SweepAccepted), "SweepAccepted.v1"),
        (typeof(UnitsDispatched), "UnitsDispatched.v1"),
        (typeof(UnitCompleted), "UnitCompleted.v2"),
        (typeof(UnitFailed), "UnitFailed.v1"),
        (typeof(SweepFinished), "SweepFinished.v1"),
        (typeof(SweepCancelled), "SweepCancelled.v1"),
        (typeof(UnitReleased), "UnitReleased.v1"),
        (typeof(CoordinatorSnapshot), "CoordinatorSnapshot.v2"),
        (typeof(WorkAssignment), "WorkAssignment.v1"),
        (typeof(WorkGranted), "WorkGranted.v1"),
        (typeof(WorkAvailable), "WorkAvailable.v1"),
        (typeof(UnitDeclined), "UnitDeclined.v1"),
        (typeof(ListSweeps), "ListSweeps.v1"),
        (typeof(SweepList), "SweepList.v1"),
        (typeof(GetSweepSource), "GetSweepSource.v1"),
        (typeof(SweepSource), "SweepSource.v1"),
        (typeof(WorkerLeaving), "WorkerLeaving.v1"),
        (typeof(WorkerLeft), "WorkerLeft.v1"),
        (typeof(LeaveGrid), "LeaveGrid.v1"),
        (typeof(WorkerStopped), "WorkerStopped.v1"),
    ];

    /// <summary>
    /// Manifests still read but no longer written: older versions of written types, whose converters read both shapes
    /// (results as an array of objects before <see cref="PackedResultsConverter"/>), and events the coordinator no longer
    /// persists (one <see cref="UnitDispatched"/> per unit, before grants became <see cref="UnitsDispatched"/>).
    /// </summary>
    private static readonly (Type Type, string Manifest)[] ReadOnly =
    [
        (typeof(UnitResults), "UnitResults.v1"),
        (typeof(UnitCompleted), "UnitCompleted.v1"),
        (typeof(UnitDispatched), "UnitDispatched.v1"),
    ];

    private static readonly Dictionary<Type, string> ManifestOf = Known.ToDictionary(k => k.Type, k => k.Manifest);
    private static readonly Dictionary<string, Type> TypeOf = Known.Concat(ReadOnly).ToDictionary(k => k.Manifest, k => k.Type, StringComparer.Ordinal);

    /// <summary>
    /// The JSON options: named NaN/Infinity (metrics may be undefined), enums by name; doubles round-trip exactly. Nulls
    /// are left out (a missing member reads as null anyway), which keeps optional per-set fields off the wire.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.General)
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(), new MetricsArrayConverter(), new BlockStatsConverter(), new PackedResultsConverter() },
    };

    public GridJsonSerializer(ExtendedActorSystem system)
        : base(system)
    {
    }

    public override int Identifier => SerializerId;

    /// <summary>Every manifest this serializer writes (and reads).</summary>
    public static IReadOnlyCollection<string> Manifests { get; } = Known.Select(k => k.Manifest).ToArray();

    /// <summary>Manifests read but no longer written, besides <see cref="LegacySnapshotManifest"/>.</summary>
    internal static IReadOnlyCollection<string> ReadOnlyManifests { get; } = ReadOnly.Select(k => k.Manifest).ToArray();

    public override string Manifest(object o) =>
        ManifestOf.TryGetValue(o.GetType(), out var manifest)
            ? manifest
            : throw new ArgumentException($"{o.GetType()} has no Grid manifest; add it to {nameof(GridJsonSerializer)}", nameof(o));

    public override byte[] ToBinary(object obj) => JsonSerializer.SerializeToUtf8Bytes(obj, obj.GetType(), Options);

    public override object FromBinary(byte[] bytes, string manifest)
    {
        if (manifest == LegacySnapshotManifest)
            return Deserialize<CoordinatorSnapshotV1>(bytes, manifest).Upgrade();
        return TypeOf.TryGetValue(manifest, out var type)
            ? JsonSerializer.Deserialize(bytes, type, Options) ?? throw new SerializationException($"{manifest}: null payload")
            : throw new SerializationException($"unknown Grid manifest '{manifest}'");
    }

    /// <summary>Snapshots written before results left them; read and upgraded, never written.</summary>
    internal const string LegacySnapshotManifest = "CoordinatorSnapshot.v1";

    private static T Deserialize<T>(byte[] bytes, string manifest) =>
        JsonSerializer.Deserialize<T>(bytes, Options) ?? throw new SerializationException($"{manifest}: null payload");
}
