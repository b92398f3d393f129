using System.Diagnostics.Metrics;
using SortieChat.Application.Common.Observability;

namespace SortieChat.Api.Hubs.Delivery;

/// <summary>The fan-out's instruments, on the product's meter: deliveries, drops, and the live connections and rooms.</summary>
internal sealed class DeliveryMetrics
{
    private readonly Meter meter;
    private readonly Counter<long> deliveries;
    private readonly Counter<long> slowClientsDropped;

    public DeliveryMetrics(IMeterFactory meters)
    {
        meter = meters.Create(ChatMetrics.MeterName);
        deliveries = meter.CreateCounter<long>("sortiechat.fanout.deliveries", "{message}", "Hub messages handed to a connection of this instance.");
        slowClientsDropped = meter.CreateCounter<long>(
            "sortiechat.fanout.slow_clients_dropped", "{connection}", "Connections closed for falling Hub:SlowClientBufferKiB behind.");
    }

    public void Delivered(int connections) => deliveries.Add(connections);

    public void SlowClientDropped() => slowClientsDropped.Add(1);

    /// <summary>Called once by the lifetime manager, which owns the counts.</summary>
    public void Observe(Func<int> connections, Func<int> rooms)
    {
        meter.CreateObservableGauge("sortiechat.connections.active", connections, "{connection}", "Hub connections open on this instance.");
        meter.CreateObservableGauge("sortiechat.rooms.active", rooms, "{room}", "Rooms with at least one connection of this instance.");
    }
}
