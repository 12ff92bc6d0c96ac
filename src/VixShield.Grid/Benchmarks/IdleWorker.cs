using Akka.Actor;
using VixShield.Grid.Coordinator;
using VixShield.Grid.Worker;
using VixShield.Sweeps;

namespace VixShield.Grid.Benchmarks;

/// <summary>
/// A worker that does no work: it answers every unit at once with the same result for each set (metrics and return
/// blocks, as a real worker sends), so that the coordinator and its journal are all that is measured. Keeps <c>slots</c> units asked for at all times.
/// </summary>
internal sealed class IdleWorker : ReceiveActor
{
    public IdleWorker(IActorRef coordinator, int slots, SetResult result)
    {
        int requested = 0;
        Receive<WorkGranted>(granted =>
        {
            requested = 0;
            foreach (var unit in granted.Units)
            {
                var results = new SetResult[unit.Count];
                for (int i = 0; i < results.Length; i++)
                    results[i] = result with { Index = unit.FirstIndex + i };
                coordinator.Tell(new UnitResults(unit.SweepId, unit.UnitId, results));
            }

            // As a real worker: an empty grant means no work until WorkAvailable (re-asking at once spins against the coordinator).
            if (granted.Units.Count > 0)
                Ask();
        });
        Receive<WorkAvailable>(_ => Ask());

        void Ask()
        {
            if (requested > 0)
                return;
            requested = slots;
            coordinator.Tell(new RequestWork(slots));
        }

        Self.Tell(WorkAvailable.Instance);
    }

    public static Props Props(IActorRef coordinator, int slots, SetResult result) =>
        Akka.Actor.Props.Create(() => new IdleWorker(coordinator, slots, result));
}
