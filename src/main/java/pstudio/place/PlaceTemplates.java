package pstudio.place;

/** The places the studio starts from. */
public final class PlaceTemplates {
    /** The bridge to the engine's Parallelizer library, so that scripts can require it as in Roblox. */
    static final String PARALLELIZER_MODULE_SOURCE = "return Parallelizer";

    /** The example master script: creates the job scheduler and dispatches the job's threads. */
    static final String MASTER_SOURCE = """
            // The master script runs when the place runs. It creates a job scheduler, which clones
            // the Job script below it into 64 actors, and dispatches numbered threads to them.
            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)
            def JobScheduler = Parallelizer.CreateJobScheduler(script.Job, 64, script)

            // Instruction data reaches every thread: here, n for the nth root (2: square root)
            def RootInstruction = Parallelizer.CreateInstructionData([2])

            // Runs threads 1 to 1024 spread equally over the actors; the callback gets the results
            JobScheduler.DispatchEquallyAsync('CalculateNthRoot', 1024, { result -> print(result) }, RootInstruction)

            // Dispatching is asynchronous: this line does not wait for the threads
            print('This will run before the dispatch has finished!')
            """;

    /** The example job script: one thread that the master dispatches. */
    static final String JOB_SOURCE = """
            // The job script is cloned into each actor; it is disabled so it runs only there.
            def Actor = script.GetActor()

            // A safeguard: outside an actor there is nothing to do
            if (!Actor) return

            def Parallelizer = require(game.ReplicatedStorage.Parallelizer)

            // Runs in parallel once per thread id; inst is the master's instruction data
            Parallelizer.CreateThread(Actor, 'CalculateNthRoot') { id, inst -> id ** (1 / inst[1]) }
            """;

    private PlaceTemplates() {
    }

    /**
     * File &gt; New: every service, the Parallelizer module in ReplicatedStorage, and in
     * ServerScriptService a commented example master script with its disabled job script.
     */
    public static DataModel newPlace() {
        return guideLayout(MASTER_SOURCE, JOB_SOURCE);
    }

    /**
     * The guide's layout: the Parallelizer module in ReplicatedStorage, and in ServerScriptService
     * a Script named Master with these sources and, unless {@code jobSource} is null, its disabled
     * child Script named Job.
     */
    public static DataModel guideLayout(String masterSource, String jobSource) {
        DataModel place = DataModel.empty();

        ModuleScript parallelizer = new ModuleScript();
        parallelizer.setName("Parallelizer");
        parallelizer.setSource(PARALLELIZER_MODULE_SOURCE);
        parallelizer.setParent(place.GetService("ReplicatedStorage"));

        Script master = new Script();
        master.setName("Master");
        master.setSource(masterSource);
        master.setParent(place.GetService("ServerScriptService"));

        if (jobSource != null) {
            // disabled so that it runs only as the clones the job scheduler puts into actors
            Script job = new Script();
            job.setName("Job");
            job.setDisabled(true);
            job.setSource(jobSource);
            job.setParent(master);
        }
        return place;
    }
}
