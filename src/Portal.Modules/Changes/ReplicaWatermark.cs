using Portal.Modules.Infrastructure;

namespace Portal.Modules.Changes;

/// <summary>
/// Tells the read replica's guard about every change, made here (a listener, right after the save) or on another node
/// (a process cache, told by the follower), before the output cache is evicted: registered ahead of the eviction,
/// so no render after an eviction reads a standby that has not replayed the change.
/// </summary>
internal sealed class ReplicaWatermark(ReadReplica replica) : IChangeListener, IProcessCache
{
    public Task OnChangedAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) => replica.NoteChangeAsync(ct);

    public Task ForgetAsync(IReadOnlyList<ChangeEntry> changes, CancellationToken ct) => replica.NoteChangeAsync(ct);
}
