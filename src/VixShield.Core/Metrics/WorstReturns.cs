namespace VixShield.Core.Metrics;

/// <summary>Keeps the k lowest values seen so far in caller memory: a max-heap whose root is the best of the worst.</summary>
internal ref struct WorstReturns(Span<double> heap)
{
    private readonly Span<double> _heap = heap;
    private int _count;

    public void Add(double value)
    {
        if (_heap.IsEmpty)
            return;
        if (_count < _heap.Length)
        {
            int child = _count++;
            _heap[child] = value;
            while (child > 0)
            {
                int parent = (child - 1) / 2;
                if (_heap[parent] >= _heap[child])
                    break;
                (_heap[parent], _heap[child]) = (_heap[child], _heap[parent]);
                child = parent;
            }
        }
        else if (value < _heap[0])
        {
            _heap[0] = value;
            SiftDown();
        }
    }

    public readonly double Mean()
    {
        if (_count == 0)
            return double.NaN;
        double sum = 0;
        for (int i = 0; i < _count; i++)
            sum += _heap[i];
        return sum / _count;
    }

    private readonly void SiftDown()
    {
        int parent = 0;
        while (true)
        {
            int largest = parent, left = 2 * parent + 1, right = left + 1;
            if (left < _count && _heap[left] > _heap[largest])
                largest = left;
            if (right < _count && _heap[right] > _heap[largest])
                largest = right;
            if (largest == parent)
                return;
            (_heap[parent], _heap[largest]) = (_heap[largest], _heap[parent]);
            parent = largest;
        }
    }
}
