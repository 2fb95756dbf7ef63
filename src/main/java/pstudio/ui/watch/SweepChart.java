package pstudio.ui.watch;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;

/**
 * One figure of a sweep against batch size, on a log-2 x axis (batch sizes double). The best batch
 * size's point is drawn larger and filled, so it reads without colour.
 */
final class SweepChart {
    private final LineChart<Number, Number> chart;
    private final XYChart.Series<Number, Number> series = new XYChart.Series<>();
    private final boolean utilisation;

    SweepChart(String title, String yLabel, boolean utilisation) {
        this.utilisation = utilisation;
        NumberAxis x = new NumberAxis();
        x.setLabel("batch size (log scale)");
        x.setTickUnit(1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number log2) {
                return Long.toString(Math.round(Math.pow(2, log2.doubleValue())));
            }

            @Override
            public Number fromString(String text) {
                return Math.log(Double.parseDouble(text)) / Math.log(2);
            }
        });
        NumberAxis y = new NumberAxis();
        y.setLabel(yLabel);
        chart = new LineChart<>(x, y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefSize(320, 220);
        chart.getData().add(series);
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(List<DispatchSweep.Point> points, DispatchSweep.Point best) {
        series.getData().clear();
        for (DispatchSweep.Point p : points) {
            double y = utilisation ? p.utilisation() * 100 : p.wallNanos() / 1e6;
            XYChart.Data<Number, Number> data = new XYChart.Data<>(Math.log(p.batchSize()) / Math.log(2), y);
            if (best != null && p.batchSize() == best.batchSize()) {
                Circle mark = new Circle(7);
                mark.getStyleClass().add("sweep-best");
                mark.setStyle("-fx-fill: #d55e00; -fx-stroke: black;");
                data.setNode(mark);
            }
            series.getData().add(data);
        }
    }
}
