"""Language processing stages: segmentation now; parsing, coding, modality and time later."""
